import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  createConsoleLogger
} from "./chunk-TDJSAJEW.js";
import {
  createTracingSession
} from "./chunk-VK562H4N.js";
import {
  decodeText
} from "./chunk-IYH4UEMK.js";
import {
  createRedactor,
  listEnvSecrets
} from "./chunk-6VI5QYJ7.js";

// src/adapters/git-repo.ts
import { execFile } from "node:child_process";
import { statSync } from "node:fs";
var MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024;
var GitCommandError = class extends Error {
  constructor(args, stderr, exitCode) {
    super(`git ${args.join(" ")} failed: ${stderr.trim() || `exit code ${exitCode}`}`);
    this.args = args;
    this.stderr = stderr;
    this.exitCode = exitCode;
    this.name = "GitCommandError";
  }
  args;
  stderr;
  exitCode;
};
function createGitRepoReader(dir) {
  const git = (args) => runGit(dir, args);
  const resolveRef = (ref) => resolveGitRef(dir, git, ref);
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
        "--"
      ]);
      return parseNameStatus(output);
    },
    async readFile(sha, path) {
      try {
        return decodeText(path, await runGit(dir, ["cat-file", "blob", `${sha}:${path}`], "buffer"));
      } catch (error) {
        if (!(error instanceof GitCommandError && isMissingPath(error.stderr))) throw error;
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
    }
  };
}
async function resolveGitRef(dir, git, ref) {
  try {
    return (await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch (error) {
    if (error instanceof GitCommandError) {
      throw new Error(`unknown git ref "${ref}" in ${dir} (not a branch, tag or commit there)`);
    }
    throw error;
  }
}
async function findDefaultBase(dir, git) {
  await git(["rev-parse", "--git-dir"]);
  for (const candidate of await listDefaultBranchCandidates(git)) {
    try {
      return (await git(["merge-base", "HEAD", candidate])).trim();
    } catch {
    }
  }
  throw new Error(
    `cannot find the default branch in ${dir} (tried origin/HEAD, main, master); pass --base REF, and in CI fetch enough history (actions/checkout with fetch-depth: 0)`
  );
}
function parseNameStatus(output) {
  const fields = output.split("\0");
  const files = [];
  let index = 0;
  while (index < fields.length) {
    const code = fields[index++] ?? "";
    if (code === "") continue;
    const kind = code[0];
    if (kind === "R" || kind === "C") {
      const from = fields[index++] ?? "";
      const to = fields[index++] ?? "";
      files.push(
        kind === "R" ? { status: "renamed", path: to, previousPath: from } : { status: "added", path: to }
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
var statusByCode = { A: "added", M: "modified", D: "deleted", T: "modified" };
function isMissingPath(stderr) {
  return /does not exist in|exists on disk, but not in/i.test(stderr);
}
async function listDefaultBranchCandidates(git) {
  const candidates = [];
  try {
    const target = (await git(["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"])).trim();
    candidates.push(target.replace(/^refs\/remotes\//, ""));
  } catch {
  }
  candidates.push("main", "master", "origin/main", "origin/master");
  return [...new Set(candidates)];
}
var gitEnv = { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" };
function runGit(dir, args, encoding = "utf8") {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      { cwd: dir, maxBuffer: MAX_GIT_OUTPUT_BYTES, encoding, env: gitEnv },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        reject(explainGitFailure(dir, args, error, stderr.toString()));
      }
    );
  });
}
function explainGitFailure(dir, args, error, stderr) {
  if (error.code === "ENOENT") {
    const dirExists = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
    return new Error(
      dirExists ? "git is not installed or not on PATH" : `repository directory ${dir} does not exist`
    );
  }
  if (/not a git repository/i.test(stderr)) return new Error(`${dir} is not a git repository`);
  return new GitCommandError(args, stderr, error.code);
}

// src/cli/telemetry.ts
function createCliTelemetry(traceFile) {
  const redact = createRedactor(listEnvSecrets(process.env));
  const logger = createConsoleLogger(void 0, redact);
  const tracing = createTracingSession({
    env: process.env,
    logger,
    redact,
    ...traceFile ? { traceFile } : {}
  });
  return { logger, tracing };
}

export {
  createGitRepoReader,
  createCliTelemetry
};
