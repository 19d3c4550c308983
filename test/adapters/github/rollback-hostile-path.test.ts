// A rollback PR for a file whose path is built to break Markdown: its body, read as GitHub reads it, holds the
// path as code and the marker as one hidden comment, with no image, heading, HTML or mention of the path's own.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { buildRollbackMarker, openRollbackPullRequest } from "../../../src/adapters/github/rollback.js";
import { countTags, findReferences, listHeadings, renderGfm } from "../../support/gfm.js";
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

const path = "prompts/x`-->![t](https://evil.example/t.png)<img src=x>@admin #1.prompt.yml";
const previous = "abc1234def5678abc1234def5678abc1234def56";
const mainHead = sha("3");

afterEach(() => {
  nock.cleanAll();
});

describe("the rollback pull request of a hostile path", () => {
  it("shows the path as code under one hidden marker", async () => {
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .get(`${REPO_PATH}/commits`)
      .query(true)
      .reply(200, [commitSummary(sha("1")), commitSummary(previous)])
      .get(/\/contents\//)
      .query({ ref: previous })
      .reply(200, contentsFile(path, "name: v1\n", sha("b")))
      .get(`${REPO_PATH}/pulls`)
      .query(true)
      .reply(200, [])
      .get(`${REPO_PATH}/commits/main`)
      .reply(200, commitSummary(mainHead, sha("e")))
      .get(/\/contents\//)
      .query({ ref: mainHead })
      .reply(200, contentsFile(path, "name: v2\n", sha("c")))
      .post(`${REPO_PATH}/git/refs`)
      .reply(201, { ref: "refs/heads/promptgate/rollback-x", object: { sha: mainHead, type: "commit" } })
      .post(`${REPO_PATH}/git/blobs`)
      .reply(201, { sha: sha("5"), url: "" })
      .post(`${REPO_PATH}/git/trees`)
      .reply(201, { sha: sha("6"), url: "", tree: [], truncated: false })
      .post(`${REPO_PATH}/git/commits`)
      .reply(201, { sha: sha("7"), tree: { sha: sha("6") }, parents: [{ sha: mainHead }] })
      .patch(/\/git\/refs\//)
      .reply(200, { ref: "refs/heads/promptgate/rollback-x", object: { sha: sha("7"), type: "commit" } })
      .post(`${REPO_PATH}/pulls`)
      .reply(201, pullRequest({ number: 12, headSha: sha("7"), baseSha: mainHead }));

    const input = { owner: OWNER, repo: REPO, path, defaultBranch: "main" };
    await openRollbackPullRequest(createTestClient(), input);
    scope.done();

    const opened = seen.find((r) => r.method === "POST" && r.path === `${REPO_PATH}/pulls`);
    const body = (opened!.body as { body: string }).body;
    expect(body.startsWith(`${buildRollbackMarker(path, previous)}\n`)).toBe(true);
    const html = renderGfm(body);
    expect(html.match(/<!--/g)).toHaveLength(1);
    expect(html.match(/-->/g)).toHaveLength(1);
    const tags = countTags(html);
    for (const tag of ["img", "a", "h1", "h2", "h3"]) expect(tags.get(tag) ?? 0, `<${tag}>`).toBe(0);
    expect(listHeadings(html)).toEqual([]);
    expect(findReferences(html)).toEqual([]);
    expect(tags.get("code")).toBe(1);
  });
});
