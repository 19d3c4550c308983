// The API-backed RepoReader against the fake GitHub: compare paging and its cap, contents, blobs, trees, caching.
import { describe, expect, it } from "vitest";
import { createGitHubRepoReader } from "../../../src/adapters/github/github-repo-reader.js";
import type { Logger } from "../../../src/ports.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";

const OWNER = "octo-org";
const REPO = "prompts";
const R = `/repos/${OWNER}/${REPO}`;
const sha = (seed: string) => seed.repeat(40);
const base = sha("b");
const head = sha("c");
const fake = useFakeGitHub();

function reader(logger?: Logger) {
  return createGitHubRepoReader(fake.client, { owner: OWNER, repo: REPO }, { logger });
}

/** A base commit and a head commit on top of it, at the fixed shas. */
function seed(baseFiles: Record<string, string>, headFiles: Record<string, string | null>) {
  fake.github.addCommit({ files: baseFiles, sha: base });
  fake.github.addCommit({ files: headFiles, parent: base, sha: head });
  fake.github.setBranch("main", base);
}

const requestsTo = (pattern: RegExp) => fake.github.requests.filter((r) => pattern.test(r.path));

function compareFile(filename: string, status: string, extra: Record<string, unknown> = {}) {
  return { sha: sha("f"), filename, status, additions: 1, deletions: 1, changes: 2, ...extra };
}

describe("resolveRef", () => {
  it("returns a full sha as is and asks GitHub for anything else", async () => {
    seed({ "README.md": "hi\n" }, {});
    expect(await reader().resolveRef(head.toUpperCase())).toBe(head);
    expect(await reader().resolveRef("main")).toBe(base);
    expect(fake.github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${R}/commits/main`]);
  });

  it("names the ref GitHub does not know", async () => {
    await expect(reader().resolveRef("nope")).rejects.toThrow('unknown ref "nope" in octo-org/prompts');
  });
});

describe("listChangedFiles", () => {
  it("maps GitHub's statuses, renames included", async () => {
    // Copied, changed and unchanged entries are rare in real compares; the answer is sent as GitHub would.
    fake.github.answerNext("GET", /\/compare\//, {
      status: "ahead",
      ahead_by: 1,
      behind_by: 0,
      total_commits: 1,
      commits: [],
      files: [
        compareFile("prompts/a.prompt.yml", "modified"),
        compareFile("prompts/b.prompt.yml", "added"),
        compareFile("prompts/c.prompt.yml", "removed"),
        compareFile("prompts/support.prompt.yml", "renamed", { previous_filename: "prompts/old.prompt.yml" }),
        compareFile("prompts/copy.prompt.yml", "copied", { previous_filename: "prompts/a.prompt.yml" }),
        compareFile("scripts/run.sh", "changed"),
        compareFile("same.txt", "unchanged"),
      ],
    });

    expect(await reader().listChangedFiles(base, head)).toEqual([
      { status: "modified", path: "prompts/a.prompt.yml" },
      { status: "added", path: "prompts/b.prompt.yml" },
      { status: "deleted", path: "prompts/c.prompt.yml" },
      { status: "renamed", path: "prompts/support.prompt.yml", previousPath: "prompts/old.prompt.yml" },
      { status: "added", path: "prompts/copy.prompt.yml" },
      { status: "modified", path: "scripts/run.sh" },
    ]);
    expect(requestsTo(/\/compare\//).map((r) => r.query)).toEqual([{ per_page: "100", page: "1" }]);
  });

  it("pages past a full page of 300 files", async () => {
    const data = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`data/${String(i).padStart(3, "0")}.csv`, `row ${i}\n`]),
    );
    const prompts = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`prompts/p${i}.prompt.yml`, "v1\n"]),
    );
    const changed = Object.fromEntries(Object.keys(prompts).map((path) => [path, "v2\n"]));
    seed(prompts, { ...data, ...changed });

    const files = await reader().listChangedFiles(base, head);

    expect(files).toHaveLength(312);
    expect(files.filter((f) => f.status === "modified")).toHaveLength(12);
    expect(requestsTo(/\/compare\//).map((r) => r.query.page)).toEqual(["1", "2"]);
    expect(requestsTo(/\/git\/trees\//)).toEqual([]);
  });

  it("diffs the two trees when compare stops at its 300-file cap", async () => {
    // 296 added data files and four other changes: exactly one full page, and nothing on the next.
    const data = Object.fromEntries(Array.from({ length: 296 }, (_, i) => [`data/${i}.csv`, `row ${i}\n`]));
    seed(
      { "prompts/a.prompt.yml": "a1\n", "prompts/old.prompt.yml": "moved\n", "gone.txt": "bye\n" },
      {
        ...data,
        "prompts/a.prompt.yml": "a2\n",
        "prompts/old.prompt.yml": null,
        "prompts/new.prompt.yml": "moved\n",
        "gone.txt": null,
        "new.txt": "hi\n",
      },
    );

    const files = await reader().listChangedFiles(base, head);

    expect(files).toHaveLength(300);
    expect(files.filter((f) => !f.path.startsWith("data/"))).toEqual([
      { status: "deleted", path: "gone.txt" },
      { status: "added", path: "new.txt" },
      { status: "modified", path: "prompts/a.prompt.yml" },
      { status: "renamed", path: "prompts/new.prompt.yml", previousPath: "prompts/old.prompt.yml" },
    ]);
    expect(requestsTo(/\/compare\//).map((r) => r.query.page)).toEqual(["1", "2"]);
    expect(requestsTo(/\/git\/trees\//).map((r) => [r.path.split("/").pop(), r.query])).toEqual([
      [base, { recursive: "1" }],
      [head, { recursive: "1" }],
    ]);
  });
});

describe("readFile", () => {
  // Octokit sends the path as one URL-encoded segment (`prompts%2Fsupport.prompt.yml`); GitHub accepts it.
  const path = "prompts/support.prompt.yml";
  const text = `name: Support\nmessages:\n  - role: system\n    content: ${"Answer politely. ".repeat(8)}\n`;
  const contentReads = () => requestsTo(/\/contents\//);

  it("decodes base64 content and caches per (sha, path)", async () => {
    seed({}, { [path]: text });
    const repoReader = reader();

    expect(await repoReader.readFile(head, path)).toBe(text);
    expect(await repoReader.readFile(head, path)).toBe(text);
    expect(contentReads().map((r) => [r.path, r.query])).toEqual([[`${R}/contents/${path}`, { ref: head }]]);
  });

  it("returns null for a missing file and for a directory", async () => {
    seed({}, { "prompts/a.prompt.yml": "a\n" });
    expect(await reader().readFile(head, "missing.yml")).toBeNull();
    expect(await reader().readFile(head, "prompts")).toBeNull();
  });

  it("refuses binary content from the contents and blobs APIs, naming the file", async () => {
    const invalidUtf8 = Buffer.from([0xff, 0xfe, 0x41]).toString("latin1");
    seed({}, { "logo.prompt.yml": "name: x\n\u0000PNG" });
    // Over 1 MB the contents API sends no content and the reader asks the blobs API, whose bytes are not UTF-8.
    fake.github.answerNext("GET", /\/contents\/big\.csv$/, {
      type: "file",
      name: "big.csv",
      path: "big.csv",
      sha: sha("9"),
      size: 3,
      encoding: "none",
      content: "",
    });
    fake.github.answerNext("GET", new RegExp(`/git/blobs/${sha("9")}$`), {
      sha: sha("9"),
      size: 3,
      encoding: "base64",
      content: Buffer.from(invalidUtf8, "latin1").toString("base64"),
    });

    await expect(reader().readFile(head, "logo.prompt.yml")).rejects.toMatchObject({
      name: "BinaryFileError",
      diagnostics: [{ file: "logo.prompt.yml", line: 2, message: expect.stringContaining("NUL byte") }],
    });
    await expect(reader().readFile(head, "big.csv")).rejects.toThrow(
      /big\.csv: binary content \(not valid UTF-8\)/,
    );
  });

  it("falls back to the blobs API for files over 1 MB", async () => {
    const big = "row,answer\n".repeat(100_000);
    seed({}, { "data/cases.csv": big });

    expect(await reader().readFile(head, "data/cases.csv")).toBe(big);
    expect(requestsTo(/\/git\/blobs\//)).toHaveLength(1);
  });

  it("does not cache a failed read", async () => {
    seed({}, { [path]: text });
    fake.github.failNext({ method: "GET", path: /\/contents\//, status: 502, message: "Bad Gateway" });
    const repoReader = reader();

    await expect(repoReader.readFile(head, path)).rejects.toMatchObject({ status: 502 });
    expect(await repoReader.readFile(head, path)).toBe(text);
    expect(contentReads()).toHaveLength(2);
  });
});

describe("listFiles", () => {
  it("lists blobs of the recursive tree and warns when GitHub truncated it", async () => {
    const warnings: string[] = [];
    const logger: Logger = { info() {}, debug() {}, warn: (message) => warnings.push(message) };
    // A submodule entry and a truncated listing, as GitHub sends them for big repositories.
    fake.github.answerNext("GET", new RegExp(`/git/trees/${head}$`), {
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
    expect(requestsTo(/\/git\/trees\//)[0]?.query).toEqual({ recursive: "1" });
    expect(warnings).toEqual([
      `the tree of octo-org/prompts at ${head} is too large for one API response; listing is partial`,
    ]);
  });
});
