// The local git RepoReader against real temporary repositories.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createGitRepoReader, parseNameStatus } from "../../src/adapters/git-repo.js";
import { BinaryFileError } from "../../src/core/text-content.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";

const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

function newRepo(): GitFixture {
  const repo = createGitFixture();
  cleanups.push(() => repo.cleanup());
  return repo;
}

describe("createGitRepoReader", () => {
  it("resolves branches, tags, short shas and relative refs to full shas", async () => {
    const repo = newRepo();
    repo.write("a.txt", "one\n");
    const first = await repo.commit("first");
    repo.write("a.txt", "two\n");
    const second = await repo.commit("second");
    repo.git("tag", "v1", first);
    const reader = createGitRepoReader(repo.dir);
    expect(await reader.resolveRef("main")).toBe(second);
    expect(await reader.resolveRef("HEAD~1")).toBe(first);
    expect(await reader.resolveRef("v1")).toBe(first);
    expect(await reader.resolveRef(second.slice(0, 8))).toBe(second);
  });

  it("names the ref and the repository when a ref does not exist", async () => {
    const repo = newRepo();
    await repo.commit("only");
    const reader = createGitRepoReader(repo.dir);
    await expect(reader.resolveRef("no-such-branch")).rejects.toThrow(
      `unknown git ref "no-such-branch" in ${repo.dir}`,
    );
    await expect(reader.resolveRef("--output=/tmp/x")).rejects.toThrow('unknown git ref "--output=/tmp/x"');
  });

  it("reads a file at a commit, and gives null where it does not exist", async () => {
    const repo = newRepo();
    repo.write("prompts/a.prompt.yml", "name: A\n");
    const first = await repo.commit("first");
    repo.write("prompts/a.prompt.yml", "name: A2\n");
    repo.write("prompts/b.prompt.yml", "name: B\n");
    const second = await repo.commit("second");
    const reader = createGitRepoReader(repo.dir);
    expect(await reader.readFile(first, "prompts/a.prompt.yml")).toBe("name: A\n");
    expect(await reader.readFile(second, "prompts/a.prompt.yml")).toBe("name: A2\n");
    // b exists in the working tree but not at the first commit.
    expect(await reader.readFile(first, "prompts/b.prompt.yml")).toBeNull();
    expect(await reader.readFile(second, "missing.yml")).toBeNull();
    await expect(reader.readFile("0".repeat(40), "prompts/a.prompt.yml")).rejects.toThrow(
      /unknown git ref "0{40}"/,
    );
    await expect(reader.readFile("not-a-ref", "prompts/a.prompt.yml")).rejects.toThrow(/invalid object name/);
  });

  it("refuses binary blobs (a NUL byte, invalid UTF-8) with a located error, and keeps UTF-8 exact", async () => {
    const repo = newRepo();
    repo.write("prompts/logo.prompt.yml", "name: logo\n\u0000\u0001");
    writeFileSync(join(repo.dir, "prompts/latin1.prompt.yml"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    repo.write("prompts/utf8.prompt.yml", "\uFEFFname: Grüße 🚀\n");
    const sha = await repo.commit("binary");
    const reader = createGitRepoReader(repo.dir);
    await expect(reader.readFile(sha, "prompts/logo.prompt.yml")).rejects.toThrow(BinaryFileError);
    await expect(reader.readFile(sha, "prompts/logo.prompt.yml")).rejects.toMatchObject({
      diagnostics: [
        { file: "prompts/logo.prompt.yml", line: 2, message: expect.stringContaining("NUL byte") },
      ],
    });
    await expect(reader.readFile(sha, "prompts/latin1.prompt.yml")).rejects.toThrow(/not valid UTF-8/);
    expect(await reader.readFile(sha, "prompts/utf8.prompt.yml")).toBe("\uFEFFname: Grüße 🚀\n");
  });

  it("lists every file at a commit", async () => {
    const repo = newRepo();
    repo.write("b.txt", "b\n");
    repo.write("dir/with space/a.prompt.yml", "x\n");
    repo.write(".github/promptgate.yml", "repeats: 2\n");
    const sha = await repo.commit("files");
    const files = await createGitRepoReader(repo.dir).listFiles(sha);
    expect(files.sort()).toEqual([".github/promptgate.yml", "b.txt", "dir/with space/a.prompt.yml"]);
  });

  it("lists changed files with statuses and rename detection", async () => {
    const repo = newRepo();
    const body = Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join("");
    repo.write("keep.txt", "keep\n");
    repo.write("edit.txt", "before\n");
    repo.write("gone.txt", "gone\n");
    repo.write("old name.txt", body);
    const base = await repo.commit("base");
    repo.write("edit.txt", "after\n");
    repo.remove("gone.txt");
    repo.write("new.txt", "new\n");
    repo.rename("old name.txt", "renamed/new name.txt");
    const head = await repo.commit("head");
    const changed = await createGitRepoReader(repo.dir).listChangedFiles(base, head);
    expect(changed.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { status: "modified", path: "edit.txt" },
      { status: "deleted", path: "gone.txt" },
      { status: "added", path: "new.txt" },
      { status: "renamed", path: "renamed/new name.txt", previousPath: "old name.txt" },
    ]);
  });

  it("finds the merge-base with main for a feature branch, and names the current branch", async () => {
    const repo = newRepo();
    repo.write("a.txt", "a\n");
    const forkPoint = await repo.commit("on main");
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.write("a.txt", "feature\n");
    await repo.commit("on feature");
    repo.git("checkout", "--quiet", "main");
    repo.write("b.txt", "main moves on\n");
    await repo.commit("main moves on");
    repo.git("checkout", "--quiet", "feature");
    const reader = createGitRepoReader(repo.dir);
    expect(await reader.defaultBaseRef()).toBe(forkPoint);
    expect(await reader.headRef()).toBe("feature");
  });

  it("prefers origin/HEAD, falls back to master, and explains when there is no default branch", async () => {
    const repo = newRepo();
    repo.write("a.txt", "a\n");
    const first = await repo.commit("first");
    repo.git("branch", "-m", "main", "trunk");
    await repo.commit("second");
    const reader = createGitRepoReader(repo.dir);
    await expect(reader.defaultBaseRef()).rejects.toThrow(/cannot find the default branch .*pass --base REF/);

    repo.git("update-ref", "refs/remotes/origin/trunk", first);
    repo.git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk");
    expect(await reader.defaultBaseRef()).toBe(first);

    repo.git("symbolic-ref", "--delete", "refs/remotes/origin/HEAD");
    repo.git("branch", "master", first);
    expect(await reader.defaultBaseRef()).toBe(first);
  });

  it("reports a detached HEAD as HEAD", async () => {
    const repo = newRepo();
    const sha = await repo.commit("only");
    repo.git("checkout", "--quiet", "--detach", sha);
    expect(await createGitRepoReader(repo.dir).headRef()).toBe("HEAD");
  });

  it("says so when the directory is not a git repository or does not exist", async () => {
    const plain = mkdtempSync(join(tmpdir(), "promptgate-plain-"));
    cleanups.push(() => rmSync(plain, { recursive: true, force: true }));
    await expect(createGitRepoReader(plain).resolveRef("HEAD")).rejects.toThrow(
      `${plain} is not a git repository`,
    );
    const missing = join(plain, "nope");
    await expect(createGitRepoReader(missing).listFiles("HEAD")).rejects.toThrow(
      `repository directory ${missing} does not exist`,
    );
  });
});

describe("parseNameStatus", () => {
  it("maps copies to additions and type changes to modifications", () => {
    expect(parseNameStatus("C075\0a.yml\0b.yml\0T\0link\0M\0c.yml\0")).toEqual([
      { status: "added", path: "b.yml" },
      { status: "modified", path: "link" },
      { status: "modified", path: "c.yml" },
    ]);
  });
});
