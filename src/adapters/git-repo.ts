// RepoReader over a local git checkout (CLI and any CI): runs real git without a shell.
import { type ExecFileException, execFile } from "node:child_process";
import { statSync } from "node:fs";
import { decodeText } from "../core/text-content.js";
import type { ChangedFile, FileStatus, RepoReader } from "../ports.js";

/** Prompt repos can be large (`ls-tree` of a monorepo, a big eval data file); git output is buffered whole. */
const MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024;

export interface GitRepoReader extends RepoReader {
  readonly dir: string;
  /** Merge-base of HEAD with the default branch (origin/HEAD, else main, else master), as a sha. */
  defaultBaseRef(): Promise<string>;
  /** The checked-out branch name, or `HEAD` when detached; either resolves with `resolveRef`. */
  headRef(): Promise<string>;
}

class GitCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
    readonly exitCode: number | string | null | undefined,
  ) {
    super(`git ${args.join(" ")} failed: ${stderr.trim() || `exit code ${exitCode}`}`);
    this.name = "GitCommandError";
  }
}

export function createGitRepoReader(dir: string): GitRepoReader {
  const git = (args: string[]) => runGit(dir, args);

  const resolveRef = (ref: string) => resolveGitRef(dir, git, ref);

  return {
    dir,
    resolveRef,
    async listChangedFiles(baseSha, headSha) {
      const output = await git([
        "diff",
        "--name-status",
        "-z",
        "-M",
        "--no-ext-diff",
        baseSha,
        headSha,
        "--",
      ]);
      return parseNameStatus(output);
    },
    async readFile(sha, path) {
      try {
        // cat-file gives the blob's exact bytes: no textconv, pager or tree listing as `git show` may.
        return decodeText(path, await runGit(dir, ["cat-file", "blob", `${sha}:${path}`], "buffer"));
      } catch (error) {
        if (!(error instanceof GitCommandError && isMissingPath(error.stderr))) throw error;
        // git says "path does not exist" for a well-formed sha of no commit too; that must not read as "no file".
        await resolveRef(sha);
        return null;
      }
    },
    async listFiles(sha) {
      const output = await git(["ls-tree", "-r", "--name-only", "-z", sha]);
      return output.split("\0").filter((path) => path !== "");
    },
    defaultBaseRef: () => findDefaultBase(dir, git),
    async headRef() {
      const name = (await git(["rev-parse", "--abbrev-ref", "HEAD"])).trim();
      return name === "" ? "HEAD" : name;
    },
  };
}

type Git = (args: string[]) => Promise<string>;

/** The commit a branch, tag or sha names, as a full sha; an unknown one says so. */
async function resolveGitRef(dir: string, git: Git, ref: string): Promise<string> {
  try {
    return (await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch (error) {
    if (error instanceof GitCommandError) {
      throw new Error(`unknown git ref "${ref}" in ${dir} (not a branch, tag or commit there)`);
    }
    throw error;
  }
}

/** Merge-base of HEAD with the first default branch candidate that has common history with it. */
async function findDefaultBase(dir: string, git: Git): Promise<string> {
  await git(["rev-parse", "--git-dir"]); // "not a git repository" beats "no default branch"
  for (const candidate of await listDefaultBranchCandidates(git)) {
    try {
      return (await git(["merge-base", "HEAD", candidate])).trim();
    } catch {
      // No such branch here, or no common history with it: try the next one.
    }
  }
  throw new Error(
    `cannot find the default branch in ${dir} (tried origin/HEAD, main, master); pass --base REF, ` +
      "and in CI fetch enough history (actions/checkout with fetch-depth: 0)",
  );
}

/** `git diff --name-status -z` output → ChangedFile[]; renames and copies carry two paths. */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split("\0");
  const files: ChangedFile[] = [];
  let index = 0;
  while (index < fields.length) {
    const code = fields[index++] ?? "";
    if (code === "") continue;
    const kind = code[0];
    if (kind === "R" || kind === "C") {
      const from = fields[index++] ?? "";
      const to = fields[index++] ?? "";
      // A copy leaves its source in place, so to a review the copy is simply a new file.
      files.push(
        kind === "R" ? { status: "renamed", path: to, previousPath: from } : { status: "added", path: to },
      );
      continue;
    }
    const path = fields[index++] ?? "";
    const status = statusByCode[kind ?? ""];
    if (!status) throw new Error(`unexpected git status "${code}" for ${path}`);
    files.push({ status, path });
  }
  return files;
}

const statusByCode: Record<string, FileStatus> = { A: "added", M: "modified", D: "deleted", T: "modified" };

function isMissingPath(stderr: string): boolean {
  return /does not exist in|exists on disk, but not in/i.test(stderr);
}

async function listDefaultBranchCandidates(git: (args: string[]) => Promise<string>): Promise<string[]> {
  const candidates: string[] = [];
  try {
    const target = (await git(["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"])).trim();
    candidates.push(target.replace(/^refs\/remotes\//, ""));
  } catch {
    // origin/HEAD is only set by `git clone` or `git remote set-head`.
  }
  candidates.push("main", "master", "origin/main", "origin/master");
  return [...new Set(candidates)];
}

// English messages (matched below) and no credential prompt that would hang a CI job.
const gitEnv = { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" };

function runGit(dir: string, args: string[]): Promise<string>;
/** Raw bytes of the output, for file contents: whether they are text is decided on the bytes. */
function runGit(dir: string, args: string[], encoding: "buffer"): Promise<Buffer>;
function runGit(dir: string, args: string[], encoding: "utf8" | "buffer" = "utf8"): Promise<string | Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      { cwd: dir, maxBuffer: MAX_GIT_OUTPUT_BYTES, encoding, env: gitEnv },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        reject(explainGitFailure(dir, args, error, stderr.toString()));
      },
    );
  });
}

function explainGitFailure(dir: string, args: string[], error: ExecFileException, stderr: string): Error {
  if (error.code === "ENOENT") {
    const dirExists = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
    return new Error(
      dirExists ? "git is not installed or not on PATH" : `repository directory ${dir} does not exist`,
    );
  }
  if (/not a git repository/i.test(stderr)) return new Error(`${dir} is not a git repository`);
  return new GitCommandError(args, stderr, error.code);
}
