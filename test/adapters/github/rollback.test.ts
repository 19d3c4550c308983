// The rollback PR against a nock'd GitHub: which version it restores, the Git data calls, the branch-name suffix.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { RepositorySettingError } from "../../../src/adapters/github/errors.js";
import {
  buildBranchName,
  buildRollbackMarker,
  openRollbackPullRequest,
} from "../../../src/adapters/github/rollback.js";
import {
  commitSummary,
  contentsFile,
  createTestClient,
  githubScope,
  OWNER,
  pullRequest,
  REPO,
  REPO_PATH,
  type SeenRequest,
  sha,
} from "./github-api.js";

const path = "prompts/support.prompt.yml";
const encodedPath = encodeURIComponent(path);
const lastChange = sha("1");
const previous = "abc1234def5678abc1234def5678abc1234def56";
const mainHead = sha("3");
const input = { owner: OWNER, repo: REPO, path, defaultBranch: "main" };

afterEach(() => {
  nock.cleanAll();
});

/** History, the open rollback PRs and the file reads every rollback starts with. */
function readsFor(seen: SeenRequest[], restored: string, current: string) {
  return readsBeforeReuse(seen, restored, [])
    .get(`${REPO_PATH}/commits/main`)
    .reply(200, commitSummary(mainHead, sha("e")))
    .get(`${REPO_PATH}/contents/${encodedPath}`)
    .query({ ref: mainHead })
    .reply(200, contentsFile(path, current, sha("c")));
}

function readsBeforeReuse(seen: SeenRequest[], restored: string, openPulls: unknown[]) {
  return githubScope(seen)
    .get(`${REPO_PATH}/commits`)
    .query({ path, sha: "main", per_page: 2 })
    .reply(200, [commitSummary(lastChange), commitSummary(previous)])
    .get(`${REPO_PATH}/contents/${encodedPath}`)
    .query({ ref: previous })
    .reply(200, contentsFile(path, restored, sha("b")))
    .get(`${REPO_PATH}/pulls`)
    .query({ state: "open", base: "main", per_page: 100, page: 1 })
    .reply(200, openPulls);
}

/** An open PR whose body carries the rollback marker for `path` at `previous`. */
function rollbackPull(number: number, headSha: string, headRepo: string, ref: string) {
  const pr = pullRequest({ number, headSha, baseSha: mainHead, headRepo });
  return { ...pr, body: `${buildRollbackMarker(path, previous)}\nRestores it.`, head: { ...pr.head, ref } };
}

describe("openRollbackPullRequest", () => {
  it("commits the version before the last change on a new branch and opens the PR", async () => {
    const seen: SeenRequest[] = [];
    const branch = "promptgate/rollback-support-abc1234";
    const scope = readsFor(seen, "name: Support v1\n", "name: Support v2\n")
      .post(`${REPO_PATH}/git/refs`)
      .reply(422, { message: "Reference already exists", status: "422" })
      .post(`${REPO_PATH}/git/refs`)
      .reply(201, { ref: `refs/heads/${branch}-2`, object: { sha: mainHead, type: "commit" } })
      .post(`${REPO_PATH}/git/blobs`)
      .reply(201, { sha: sha("5"), url: "" })
      .post(`${REPO_PATH}/git/trees`)
      .reply(201, { sha: sha("6"), url: "", tree: [], truncated: false })
      .post(`${REPO_PATH}/git/commits`)
      .reply(201, { sha: sha("7"), tree: { sha: sha("6") }, parents: [{ sha: mainHead }] })
      .patch(`${REPO_PATH}/git/refs/${encodeURIComponent(`heads/${branch}-2`)}`)
      .reply(200, { ref: `refs/heads/${branch}-2`, object: { sha: sha("7"), type: "commit" } })
      .post(`${REPO_PATH}/pulls`)
      .reply(201, pullRequest({ number: 12, headSha: sha("7"), baseSha: mainHead }));

    const result = await openRollbackPullRequest(createTestClient(), input);

    expect(result).toEqual({
      number: 12,
      url: "https://github.com/octo-org/prompts/pull/12",
      branch: `${branch}-2`,
      headSha: sha("7"),
      toSha: previous,
      baseSha: mainHead,
      reused: false,
    });
    scope.done();
    expect(seen.filter((r) => r.method !== "GET")).toMatchSnapshot();
  });

  it("restores an explicit commit without looking at the history", async () => {
    const seen: SeenRequest[] = [];
    githubScope(seen)
      .get(`${REPO_PATH}/contents/${encodedPath}`)
      .query({ ref: sha("9") })
      .reply(404, { message: "Not Found", status: "404" });

    await expect(openRollbackPullRequest(createTestClient(), { ...input, toSha: sha("9") })).rejects.toThrow(
      `${path} does not exist at 9999999: nothing to roll back to`,
    );
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${REPO_PATH}/contents/${path}?ref=${sha("9")}`,
    ]);
  });

  it("says so when the file has no earlier version", async () => {
    githubScope()
      .get(`${REPO_PATH}/commits`)
      .query(true)
      .reply(200, [commitSummary(lastChange)]);

    await expect(openRollbackPullRequest(createTestClient(), input)).rejects.toThrow(
      `no earlier version of ${path} on main: it was added by its only commit`,
    );
  });

  it("writes nothing when the default branch already has that version", async () => {
    const seen: SeenRequest[] = [];
    readsFor(seen, "same\n", "same\n");

    await expect(openRollbackPullRequest(createTestClient(), input)).rejects.toThrow("nothing to roll back");
    expect(seen.every((r) => r.method === "GET")).toBe(true);
  });
});

describe("openRollbackPullRequest, asked again", () => {
  it("returns the open rollback PR for the same file and commit instead of opening another", async () => {
    const seen: SeenRequest[] = [];
    const branch = "promptgate/rollback-support-abc1234";
    // A fork's PR can copy the marker into its body: only our branches in this repository count.
    const forged = rollbackPull(20, sha("6"), "fork-owner/prompts", branch);
    const ours = rollbackPull(21, sha("8"), `${OWNER}/${REPO}`, branch);
    const scope = readsBeforeReuse(seen, "name: Support v1\n", [forged, ours])
      .get(`${REPO_PATH}/contents/${encodedPath}`)
      .query({ ref: sha("8") })
      .reply(200, contentsFile(path, "name: Support v1\n", sha("b")));

    const result = await openRollbackPullRequest(createTestClient(), input);

    expect(result).toEqual({
      number: 21,
      url: "https://github.com/octo-org/prompts/pull/21",
      branch,
      headSha: sha("8"),
      toSha: previous,
      baseSha: mainHead,
      reused: true,
    });
    expect(seen.every((r) => r.method === "GET")).toBe(true);
    scope.done();
  });

  it("points at the repository setting when GitHub Actions may not open pull requests", async () => {
    readsFor([], "name: Support v1\n", "name: Support v2\n")
      .post(`${REPO_PATH}/git/refs`)
      .reply(201, {})
      .post(`${REPO_PATH}/git/blobs`)
      .reply(201, { sha: sha("5") })
      .post(`${REPO_PATH}/git/trees`)
      .reply(201, { sha: sha("6") })
      .post(`${REPO_PATH}/git/commits`)
      .reply(201, { sha: sha("7") })
      .patch(/\/git\/refs\//)
      .reply(200, {})
      .post(`${REPO_PATH}/pulls`)
      .reply(403, { message: "GitHub Actions is not permitted to create or approve pull requests." });

    const error = await openRollbackPullRequest(createTestClient(), input).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RepositorySettingError);
    expect((error as Error).message).toContain("Settings → Actions → General → Workflow permissions");
  });
});

describe("buildBranchName", () => {
  it.each([
    ["prompts/support.prompt.yml", "promptgate/rollback-support-abc1234"],
    ["prompts/support.prompt.yaml", "promptgate/rollback-support-abc1234"],
    ["chat.prompty", "promptgate/rollback-chat-abc1234"],
    ["a b/Weird name!.txt", "promptgate/rollback-Weird-name-abc1234"],
    [".prompt.yml", "promptgate/rollback-file-abc1234"],
  ])("%s → %s", (file, expected) => {
    expect(buildBranchName(file, "abc1234")).toBe(expected);
  });
});
