// GitHub answers of the wrong shape fail closed: a compare Octokit could not parse, a missing list, a
// truncated tree or a pull request without its head never read as "nothing changed" or "no access".
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { createGitHubRepoReader } from "../../../src/adapters/github/github-repo-reader.js";
import { hasWriteAccess } from "../../../src/adapters/github/permissions.js";
import { getPullRequest } from "../../../src/adapters/github/pull-request.js";
import { findStickyComment } from "../../../src/adapters/github/sticky-comment.js";
import { createTestClient, githubScope, OWNER, REPO, REPO_PATH, sha } from "./github-api.js";

const base = sha("b");
const head = sha("c");
const comparePath = `${REPO_PATH}/compare/${base}...${head}`;
const JSON_TYPE = { "content-type": "application/json; charset=utf-8" };

afterEach(() => {
  nock.cleanAll();
});

const reader = () => createGitHubRepoReader(createTestClient(), { owner: OWNER, repo: REPO });

function tree(entries: Array<[string, string]>, truncated = false) {
  return {
    sha: sha("d"),
    truncated,
    tree: entries.map(([path, blob]) => ({ path, mode: "100644", type: "blob", sha: blob })),
  };
}

/** Base has the prompt at blob 1, head at blob 2: one modified prompt the tree diff must find. */
function mockTrees(scope: nock.Scope, truncated = false) {
  return scope
    .get(`${REPO_PATH}/git/trees/${base}`)
    .query({ recursive: "1" })
    .reply(200, tree([["prompts/a.prompt.yml", sha("1")]], truncated))
    .get(`${REPO_PATH}/git/trees/${head}`)
    .query({ recursive: "1" })
    .reply(200, tree([["prompts/a.prompt.yml", sha("2")]], truncated));
}

describe("an unreadable compare", () => {
  it("falls back to the tree diff when the body is text Octokit could not parse (a > 8 MB patch)", async () => {
    const scope = githubScope()
      .get(comparePath)
      .query(true)
      .reply(200, `{"status":"ahead","files":[{"filename":"prompts/a.prompt.yml","patch":"…`, JSON_TYPE);
    mockTrees(scope);
    expect(await reader().listChangedFiles(base, head)).toEqual([
      { status: "modified", path: "prompts/a.prompt.yml" },
    ]);
    scope.done();
  });

  it("falls back to the tree diff when `files` is missing or not a list", async () => {
    for (const body of [
      { status: "ahead", total_commits: 1 },
      { status: "ahead", files: "none" },
    ]) {
      const scope = githubScope().get(comparePath).query(true).reply(200, body);
      mockTrees(scope);
      expect(await reader().listChangedFiles(base, head)).toHaveLength(1);
      scope.done();
    }
  });

  it("stops with an error naming both when the tree is truncated too", async () => {
    const scope = githubScope().get(comparePath).query(true).reply(200, "not json", JSON_TYPE);
    mockTrees(scope, true);
    await expect(reader().listChangedFiles(base, head)).rejects.toThrow(
      /compare is unreadable \(GitHub's answer to GET \/repos\/\{owner\}\/\{repo\}\/compare\/\{basehead\} is unreadable: a 8-character text body.*tree is too large/,
    );
  });

  it("stops when a tree itself is unreadable", async () => {
    const scope = githubScope()
      .get(comparePath)
      .query(true)
      .reply(200, { files: "x" })
      .get(`${REPO_PATH}/git/trees/${base}`)
      .query(true)
      .reply(200, { sha: base })
      .get(`${REPO_PATH}/git/trees/${head}`)
      .query(true)
      .reply(200, tree([]));
    await expect(reader().listChangedFiles(base, head)).rejects.toThrow(/git\/trees.*unreadable: `tree`/);
    scope.done();
  });
});

describe("other answers the review depends on", () => {
  it("a pull request without a head SHA is unreadable, not a moved head", async () => {
    githubScope()
      .get(`${REPO_PATH}/pulls/7`)
      .reply(200, { number: 7, state: "open", html_url: "x", labels: [], head: { ref: "b", repo: null } });
    await expect(getPullRequest(createTestClient(), { owner: OWNER, repo: REPO, number: 7 })).rejects.toThrow(
      /pulls\/\{pull_number\} is unreadable: `head\.sha`/,
    );
  });

  it("a comment page that is not a list is unreadable, not an empty thread", async () => {
    githubScope().get(`${REPO_PATH}/issues/7/comments`).query(true).reply(200, "<html>", JSON_TYPE);
    const target = { owner: OWNER, repo: REPO, issueNumber: 7, marker: "<!-- m -->", identity: "bot[bot]" };
    await expect(findStickyComment(createTestClient(), target)).rejects.toThrow(
      /comments \(page 1\) is unreadable/,
    );
  });

  it("a permission answer without a role is unreadable, not 'no access' nor 'write'", async () => {
    githubScope()
      .get(`${REPO_PATH}/collaborators/mona/permission`)
      .reply(200, { user: { login: "mona" } });
    await expect(
      hasWriteAccess(createTestClient(), { owner: OWNER, repo: REPO, username: "mona" }),
    ).rejects.toThrow(/permission is unreadable: the body: no permission field/);
  });
});
