// GitHub answers of the wrong shape fail closed: a compare Octokit could not parse, a missing list, a
// truncated tree or a pull request without its head never read as "nothing changed" or "no access".
import { describe, expect, it } from "vitest";
import { createGitHubRepoReader } from "../../../src/adapters/github/github-repo-reader.js";
import { hasWriteAccess } from "../../../src/adapters/github/permissions.js";
import { getPullRequest } from "../../../src/adapters/github/pull-request.js";
import { findStickyComment } from "../../../src/adapters/github/sticky-comment.js";
import { seedPullRequest } from "../../support/fake-github/seed.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";

const OWNER = "octo-org";
const REPO = "prompts";
const base = "b".repeat(40);
const head = "c".repeat(40);
const fake = useFakeGitHub();

const reader = () => createGitHubRepoReader(fake.client, { owner: OWNER, repo: REPO });

/** Base has the prompt at one blob, head at another: one modified prompt the tree diff must find. */
function seedChange() {
  seedPullRequest(fake.github, {
    base: { "prompts/a.prompt.yml": "name: a\n" },
    head: { "prompts/a.prompt.yml": "name: b\n" },
    baseSha: base,
    headSha: head,
  });
}

const answerOnce = (path: RegExp, body: unknown, times = 1) =>
  fake.github.answerNext("GET", path, body, times);

const compare = /\/compare\//;
const treeReads = () => fake.github.requests.filter((r) => r.path.includes("/git/trees/"));

describe("an unreadable compare", () => {
  it("falls back to the tree diff when the body is text Octokit could not parse (a > 8 MB patch)", async () => {
    seedChange();
    answerOnce(compare, `{"status":"ahead","files":[{"filename":"prompts/a.prompt.yml","patch":"…`);
    expect(await reader().listChangedFiles(base, head)).toEqual([
      { status: "modified", path: "prompts/a.prompt.yml" },
    ]);
    expect(treeReads().map((r) => [r.path.split("/").pop(), r.query])).toEqual([
      [base, { recursive: "1" }],
      [head, { recursive: "1" }],
    ]);
  });

  it("falls back to the tree diff when `files` is missing or not a list", async () => {
    seedChange();
    for (const body of [
      { status: "ahead", total_commits: 1 },
      { status: "ahead", files: "none" },
    ]) {
      answerOnce(compare, body);
      expect(await reader().listChangedFiles(base, head)).toHaveLength(1);
    }
    expect(treeReads()).toHaveLength(4);
  });

  it("stops with an error naming both when the tree is truncated too", async () => {
    seedChange();
    answerOnce(compare, "not json");
    answerOnce(/\/git\/trees\//, { sha: "d".repeat(40), truncated: true, tree: [] }, 2);
    await expect(reader().listChangedFiles(base, head)).rejects.toThrow(
      /compare is unreadable \(GitHub's answer to GET \/repos\/\{owner\}\/\{repo\}\/compare\/\{basehead\} is unreadable: a 8-character text body.*tree is too large/,
    );
  });

  it("stops when a tree itself is unreadable", async () => {
    seedChange();
    answerOnce(compare, { files: "x" });
    answerOnce(new RegExp(`/git/trees/${base}$`), { sha: base });
    await expect(reader().listChangedFiles(base, head)).rejects.toThrow(/git\/trees.*unreadable: `tree`/);
  });
});

describe("other answers the review depends on", () => {
  it("a pull request without a head SHA is unreadable, not a moved head", async () => {
    answerOnce(/\/pulls\/7$/, {
      number: 7,
      state: "open",
      html_url: "x",
      labels: [],
      head: { ref: "b", repo: null },
    });
    await expect(getPullRequest(fake.client, { owner: OWNER, repo: REPO, number: 7 })).rejects.toThrow(
      /pulls\/\{pull_number\} is unreadable: `head\.sha`/,
    );
  });

  it("a comment page that is not a list is unreadable, not an empty thread", async () => {
    answerOnce(/\/issues\/7\/comments$/, "<html>");
    const target = { owner: OWNER, repo: REPO, issueNumber: 7, marker: "<!-- m -->", identity: "bot[bot]" };
    await expect(findStickyComment(fake.client, target)).rejects.toThrow(/comments \(page 1\) is unreadable/);
  });

  it("a permission answer without a role is unreadable, not 'no access' nor 'write'", async () => {
    answerOnce(/\/collaborators\/mona\/permission$/, { user: { login: "mona" } });
    await expect(hasWriteAccess(fake.client, { owner: OWNER, repo: REPO, username: "mona" })).rejects.toThrow(
      /permission is unreadable: the body: no permission field/,
    );
  });
});
