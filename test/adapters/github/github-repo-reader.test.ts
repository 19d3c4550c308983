// The API-backed RepoReader against a nock'd GitHub: compare paging and its cap, contents, blobs, trees, caching.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { createGitHubRepoReader } from "../../../src/adapters/github/github-repo-reader.js";
import type { Logger } from "../../../src/ports.js";
import {
  commitSummary,
  contentsFile,
  createTestClient,
  githubScope,
  OWNER,
  REPO,
  REPO_PATH,
  sha,
} from "./github-api.js";

const base = sha("b");
const head = sha("c");
const comparePath = `${REPO_PATH}/compare/${base}...${head}`;

afterEach(() => {
  nock.cleanAll();
});

function reader(logger?: Logger) {
  return createGitHubRepoReader(createTestClient(), { owner: OWNER, repo: REPO }, { logger });
}

function compareFile(filename: string, status: string, extra: Record<string, unknown> = {}) {
  return { sha: sha("f"), filename, status, additions: 1, deletions: 1, changes: 2, ...extra };
}

function compareBody(files: unknown[]) {
  return {
    status: "ahead",
    ahead_by: 1,
    behind_by: 0,
    total_commits: 1,
    commits: [commitSummary(head)],
    files,
  };
}

describe("resolveRef", () => {
  it("returns a full sha as is and asks GitHub for anything else", async () => {
    const scope = githubScope().get(`${REPO_PATH}/commits/main`).reply(200, commitSummary(base));
    expect(await reader().resolveRef(head.toUpperCase())).toBe(head);
    expect(await reader().resolveRef("main")).toBe(base);
    scope.done();
  });

  it("names the ref GitHub does not know", async () => {
    githubScope()
      .get(`${REPO_PATH}/commits/nope`)
      .reply(422, { message: "No commit found for SHA: nope", status: "422" });
    await expect(reader().resolveRef("nope")).rejects.toThrow('unknown ref "nope" in octo-org/prompts');
  });
});

describe("listChangedFiles", () => {
  it("maps GitHub's statuses, renames included", async () => {
    githubScope()
      .get(comparePath)
      .query({ per_page: 100, page: 1 })
      .reply(
        200,
        compareBody([
          compareFile("prompts/a.prompt.yml", "modified"),
          compareFile("prompts/b.prompt.yml", "added"),
          compareFile("prompts/c.prompt.yml", "removed"),
          compareFile("prompts/support.prompt.yml", "renamed", {
            previous_filename: "prompts/old.prompt.yml",
          }),
          compareFile("prompts/copy.prompt.yml", "copied", { previous_filename: "prompts/a.prompt.yml" }),
          compareFile("scripts/run.sh", "changed"),
          compareFile("same.txt", "unchanged"),
        ]),
      );

    expect(await reader().listChangedFiles(base, head)).toEqual([
      { status: "modified", path: "prompts/a.prompt.yml" },
      { status: "added", path: "prompts/b.prompt.yml" },
      { status: "deleted", path: "prompts/c.prompt.yml" },
      { status: "renamed", path: "prompts/support.prompt.yml", previousPath: "prompts/old.prompt.yml" },
      { status: "added", path: "prompts/copy.prompt.yml" },
      { status: "modified", path: "scripts/run.sh" },
    ]);
  });

  it("pages past a full page of 300 files", async () => {
    const first = Array.from({ length: 300 }, (_, i) =>
      compareFile(`data/${String(i).padStart(3, "0")}.csv`, "added"),
    );
    const second = Array.from({ length: 12 }, (_, i) => compareFile(`prompts/p${i}.prompt.yml`, "modified"));
    const scope = githubScope()
      .get(comparePath)
      .query({ per_page: 100, page: 1 })
      .reply(200, compareBody(first))
      .get(comparePath)
      .query({ per_page: 100, page: 2 })
      .reply(200, compareBody(second));

    const files = await reader().listChangedFiles(base, head);

    expect(files).toHaveLength(312);
    expect(files.at(-1)).toEqual({ status: "modified", path: "prompts/p11.prompt.yml" });
    scope.done();
  });

  it("diffs the two trees when compare stops at its 300-file cap", async () => {
    const capped = Array.from({ length: 300 }, (_, i) => compareFile(`data/${i}.csv`, "added"));
    const tree = (entries: Array<[string, string]>) => ({
      sha: sha("d"),
      truncated: false,
      tree: [
        { path: "prompts", mode: "040000", type: "tree", sha: sha("9") },
        ...entries.map(([path, blob]) => ({ path, mode: "100644", type: "blob", sha: blob, size: 10 })),
      ],
    });
    const scope = githubScope()
      .get(comparePath)
      .query({ per_page: 100, page: 1 })
      .reply(200, compareBody(capped))
      .get(comparePath)
      .query({ per_page: 100, page: 2 })
      .reply(200, compareBody([]))
      .get(`${REPO_PATH}/git/trees/${base}`)
      .query({ recursive: "1" })
      .reply(
        200,
        tree([
          ["prompts/a.prompt.yml", sha("1")],
          ["prompts/old.prompt.yml", sha("2")],
          ["gone.txt", sha("3")],
        ]),
      )
      .get(`${REPO_PATH}/git/trees/${head}`)
      .query({ recursive: "1" })
      .reply(
        200,
        tree([
          ["prompts/a.prompt.yml", sha("4")],
          ["prompts/new.prompt.yml", sha("2")],
          ["new.txt", sha("5")],
        ]),
      );

    expect(await reader().listChangedFiles(base, head)).toEqual([
      { status: "deleted", path: "gone.txt" },
      { status: "added", path: "new.txt" },
      { status: "modified", path: "prompts/a.prompt.yml" },
      { status: "renamed", path: "prompts/new.prompt.yml", previousPath: "prompts/old.prompt.yml" },
    ]);
    scope.done();
  });
});

describe("readFile", () => {
  // Octokit sends the path as one URL-encoded segment (`prompts%2Fsupport.prompt.yml`); GitHub accepts it.
  const path = "prompts/support.prompt.yml";
  const text = `name: Support\nmessages:\n  - role: system\n    content: ${"Answer politely. ".repeat(8)}\n`;

  it("decodes base64 content and caches per (sha, path)", async () => {
    const scope = githubScope()
      .get(`${REPO_PATH}/contents/${encodeURIComponent(path)}`)
      .query({ ref: head })
      .once()
      .reply(200, contentsFile(path, text, sha("1")));
    const repoReader = reader();

    expect(await repoReader.readFile(head, path)).toBe(text);
    expect(await repoReader.readFile(head, path)).toBe(text);
    scope.done();
  });

  it("returns null for a missing file and for a directory", async () => {
    githubScope()
      .get(`${REPO_PATH}/contents/missing.yml`)
      .query(true)
      .reply(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" })
      .get(`${REPO_PATH}/contents/prompts`)
      .query(true)
      .reply(200, [
        { type: "file", name: "a.prompt.yml", path: "prompts/a.prompt.yml", sha: sha("1"), size: 3 },
      ]);

    expect(await reader().readFile(head, "missing.yml")).toBeNull();
    expect(await reader().readFile(head, "prompts")).toBeNull();
  });

  it("refuses binary content from the contents and blobs APIs, naming the file", async () => {
    const scope = githubScope()
      .get(`${REPO_PATH}/contents/logo.prompt.yml`)
      .query({ ref: head })
      .reply(200, contentsFile("logo.prompt.yml", "name: x\n\u0000PNG", sha("8")))
      .get(`${REPO_PATH}/contents/big.csv`)
      .query({ ref: head })
      .reply(200, contentsFile("big.csv", "", sha("9"), false))
      .get(`${REPO_PATH}/git/blobs/${sha("9")}`)
      .reply(200, {
        sha: sha("9"),
        size: 3,
        encoding: "base64",
        content: Buffer.from([0xff, 0xfe, 0x41]).toString("base64"),
      });

    await expect(reader().readFile(head, "logo.prompt.yml")).rejects.toMatchObject({
      name: "BinaryFileError",
      diagnostics: [{ file: "logo.prompt.yml", line: 2, message: expect.stringContaining("NUL byte") }],
    });
    await expect(reader().readFile(head, "big.csv")).rejects.toThrow(
      /big\.csv: binary content \(not valid UTF-8\)/,
    );
    scope.done();
  });

  it("falls back to the blobs API for files over 1 MB", async () => {
    const big = "row,answer\n".repeat(100_000);
    const scope = githubScope()
      .get(`${REPO_PATH}/contents/data%2Fcases.csv`)
      .query({ ref: head })
      .reply(200, contentsFile("data/cases.csv", big, sha("7"), false))
      .get(`${REPO_PATH}/git/blobs/${sha("7")}`)
      .reply(200, {
        sha: sha("7"),
        size: big.length,
        encoding: "base64",
        content: Buffer.from(big).toString("base64"),
      });

    expect(await reader().readFile(head, "data/cases.csv")).toBe(big);
    scope.done();
  });

  it("does not cache a failed read", async () => {
    const scope = githubScope()
      .get(`${REPO_PATH}/contents/${encodeURIComponent(path)}`)
      .query(true)
      .reply(502, { message: "Bad Gateway" })
      .get(`${REPO_PATH}/contents/${encodeURIComponent(path)}`)
      .query(true)
      .reply(200, contentsFile(path, text, sha("1")));
    const repoReader = reader();

    await expect(repoReader.readFile(head, path)).rejects.toMatchObject({ status: 502 });
    expect(await repoReader.readFile(head, path)).toBe(text);
    scope.done();
  });
});

describe("listFiles", () => {
  it("lists blobs of the recursive tree and warns when GitHub truncated it", async () => {
    const warnings: string[] = [];
    const logger: Logger = { info() {}, debug() {}, warn: (message) => warnings.push(message) };
    githubScope()
      .get(`${REPO_PATH}/git/trees/${head}`)
      .query({ recursive: "1" })
      .reply(200, {
        sha: sha("d"),
        truncated: true,
        tree: [
          { path: "prompts", mode: "040000", type: "tree", sha: sha("9") },
          { path: "prompts/a.prompt.yml", mode: "100644", type: "blob", sha: sha("1"), size: 10 },
          { path: "vendor/lib", mode: "160000", type: "commit", sha: sha("8") },
          { path: "README.md", mode: "100644", type: "blob", sha: sha("2"), size: 4 },
        ],
      });

    expect(await reader(logger).listFiles(head)).toEqual(["prompts/a.prompt.yml", "README.md"]);
    expect(warnings).toEqual([
      `the tree of octo-org/prompts at ${head} is too large for one API response; listing is partial`,
    ]);
  });
});
