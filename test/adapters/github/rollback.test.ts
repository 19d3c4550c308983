// The rollback PR against the fake GitHub: which version it restores, the Git data calls, the branch-name suffix.
import { describe, expect, it } from "vitest";
import { RepositorySettingError } from "../../../src/adapters/github/errors.js";
import {
  buildBranchName,
  buildRollbackMarker,
  openRollbackPullRequest,
} from "../../../src/adapters/github/rollback.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";

const OWNER = "octo-org";
const REPO = "prompts";
const R = `/repos/${OWNER}/${REPO}`;
const sha = (seed: string) => seed.repeat(40);
const path = "prompts/support.prompt.yml";
const previous = "abc1234def5678abc1234def5678abc1234def56";
const lastChange = sha("1");
const mainHead = sha("3");
const branch = "promptgate/rollback-support-abc1234";
const input = { owner: OWNER, repo: REPO, path, defaultBranch: "main" };
const fake = useFakeGitHub();

/** The prompt's history on main: `restored` at `previous`, `current` at the last change, then an unrelated commit. */
function seedHistory(restored: string, current: string) {
  const { github } = fake;
  github.addCommit({ files: { [path]: restored, "README.md": "hi\n" }, sha: previous });
  github.addCommit({ files: { [path]: current }, parent: previous, sha: lastChange });
  github.addCommit({ files: { "README.md": "hello\n" }, parent: lastChange, sha: mainHead });
  github.setBranch("main", mainHead);
}

const writes = () => fake.github.writes().map(({ method, path, body }) => ({ method, path, body }));

describe("openRollbackPullRequest", () => {
  it("commits the version before the last change on a new branch and opens the PR", async () => {
    seedHistory("name: Support v1\n", "name: Support v2\n");
    // A branch of that name exists already: the rollback takes the next suffix.
    fake.github.setBranch(branch, mainHead);

    const result = await openRollbackPullRequest(fake.client, input);

    const pull = [...fake.github.state.pulls.values()][0]!;
    const rolled = fake.github.state.git.branches.get(`${branch}-2`)!;
    expect(result).toEqual({
      number: pull.number,
      url: `https://github.com/octo-org/prompts/pull/${pull.number}`,
      branch: `${branch}-2`,
      headSha: rolled,
      toSha: previous,
      baseSha: mainHead,
      reused: false,
    });
    const reads = fake.github.requests.filter((r) => r.method === "GET");
    expect(reads[0]).toMatchObject({ path: `${R}/commits`, query: { path, sha: "main", per_page: "2" } });
    expect(reads.find((r) => r.path === `${R}/pulls`)?.query).toEqual({
      state: "open",
      base: "main",
      per_page: "100",
      page: "1",
    });
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${R}/git/refs`,
      `POST ${R}/git/refs`,
      `POST ${R}/git/blobs`,
      `POST ${R}/git/trees`,
      `POST ${R}/git/commits`,
      `PATCH ${R}/git/refs/heads/${branch}-2`,
      `POST ${R}/pulls`,
    ]);
    const [taken, created, blob, tree, commit, moved, opened] = writes().map((w) => w.body);
    expect(taken).toEqual({ ref: `refs/heads/${branch}`, sha: mainHead });
    expect(created).toEqual({ ref: `refs/heads/${branch}-2`, sha: mainHead });
    expect(blob).toEqual({ content: "name: Support v1\n", encoding: "utf-8" });
    expect(tree).toMatchObject({
      base_tree: fake.github.state.git.commits.get(mainHead)!.treeSha,
      tree: [{ path, mode: "100644", type: "blob" }],
    });
    expect(commit).toMatchObject({
      message: `Roll back ${path} to abc1234\n\nRestores ${path} as of commit ${previous}.`,
      parents: [mainHead],
    });
    expect(moved).toEqual({ sha: rolled, force: false });
    expect(opened).toMatchObject({
      base: "main",
      head: `${branch}-2`,
      title: `Roll back ${path} to abc1234`,
    });
    expect(pull.body).toMatch(new RegExp(`^${buildRollbackMarker(path, previous)}\\n`));
    expect(pull.body).toContain(`It branches from ${mainHead}, the current head of the default branch`);
    // Only the prompt changes: the rolled-back head is main with the earlier prompt.
    const files = Object.fromEntries(fake.github.state.git.filesAt(rolled));
    expect(files).toEqual({
      ...Object.fromEntries(fake.github.state.git.filesAt(mainHead)),
      [path]: files[path],
    });
    expect(fake.github.state.git.blobs.get(files[path]!)).toBe("name: Support v1\n");
  });

  it("restores an explicit commit without looking at the history", async () => {
    seedHistory("name: Support v1\n", "name: Support v2\n");
    fake.github.addCommit({ files: {}, sha: sha("9") });

    await expect(openRollbackPullRequest(fake.client, { ...input, toSha: sha("9") })).rejects.toThrow(
      `${path} does not exist at 9999999: nothing to roll back to`,
    );
    expect(fake.github.requests.map((r) => `${r.method} ${r.path}?ref=${r.query.ref}`)).toEqual([
      `GET ${R}/contents/${path}?ref=${sha("9")}`,
    ]);
  });

  it("says so when the file has no earlier version", async () => {
    fake.github.setBranch("main", fake.github.addCommit({ files: { [path]: "name: only\n" } }));

    await expect(openRollbackPullRequest(fake.client, input)).rejects.toThrow(
      `no earlier version of ${path} on main: it was added by its only commit`,
    );
  });

  it("writes nothing when the default branch already has that version", async () => {
    // The prompt changed and changed back: the version asked for is the one main has.
    const { github } = fake;
    github.addCommit({ files: { [path]: "same\n" }, sha: previous });
    github.addCommit({ files: { [path]: "other\n" }, parent: previous, sha: sha("2") });
    github.addCommit({ files: { [path]: "same\n" }, parent: sha("2"), sha: lastChange });
    github.setBranch("main", lastChange);

    await expect(openRollbackPullRequest(fake.client, { ...input, toSha: previous })).rejects.toThrow(
      "nothing to roll back",
    );
    expect(github.writes()).toEqual([]);
  });
});

describe("openRollbackPullRequest, asked again", () => {
  it("returns the open rollback PR for the same file and commit instead of opening another", async () => {
    seedHistory("name: Support v1\n", "name: Support v2\n");
    const { github } = fake;
    const restoredHead = github.addCommit({ files: { [path]: "name: Support v1\n" }, parent: mainHead });
    const marker = `${buildRollbackMarker(path, previous)}\nRestores it.`;
    // A fork's PR can copy the marker into its body: only our branches in this repository count.
    const forged = github.addPullRequest({
      number: 20,
      fork: true,
      headRef: branch,
      headSha: sha("6"),
      baseSha: mainHead,
    });
    forged.body = marker;
    github.setBranch(branch, restoredHead);
    const ours = github.addPullRequest({
      number: 21,
      headRef: branch,
      headSha: restoredHead,
      baseSha: mainHead,
    });
    ours.body = marker;

    const result = await openRollbackPullRequest(fake.client, input);

    expect(result).toEqual({
      number: 21,
      url: "https://github.com/octo-org/prompts/pull/21",
      branch,
      headSha: restoredHead,
      toSha: previous,
      baseSha: mainHead,
      reused: true,
    });
    expect(github.writes()).toEqual([]);
    expect(
      github.requests.some((r) => r.path === `${R}/contents/${path}` && r.query.ref === restoredHead),
    ).toBe(true);
  });

  it("points at the repository setting when GitHub Actions may not open pull requests", async () => {
    seedHistory("name: Support v1\n", "name: Support v2\n");
    fake.github.failNext({
      method: "POST",
      path: /\/pulls$/,
      status: 403,
      message: "GitHub Actions is not permitted to create or approve pull requests.",
    });

    const error = await openRollbackPullRequest(fake.client, input).catch((e: unknown) => e);

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
