import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  describeMissingKey,
  noCache,
  resolveProvider
} from "./chunk-X6OL6SSB.js";
import {
  UsageError
} from "./chunk-TLQUEJ6Z.js";
import {
  createFileCache,
  createOpenAIModel,
  decodeText,
  findCacheDirProblem,
  formatDuration,
  formatInt,
  formatUsd,
  showInvisible
} from "./chunk-V6DTCVB5.js";
import {
  createRedactor,
  listEnvSecrets
} from "./chunk-MUPGQHD5.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";

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
  const resolveRef = async (ref) => {
    try {
      return (await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
    } catch (error) {
      if (error instanceof GitCommandError) {
        throw new Error(`unknown git ref "${ref}" in ${dir} (not a branch, tag or commit there)`);
      }
      throw error;
    }
  };
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
    async defaultBaseRef() {
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
    },
    async headRef() {
      const name = (await git(["rev-parse", "--abbrev-ref", "HEAD"])).trim();
      return name === "" ? "HEAD" : name;
    }
  };
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
  return new Promise((resolve2, reject) => {
    execFile(
      "git",
      args,
      { cwd: dir, maxBuffer: MAX_GIT_OUTPUT_BYTES, encoding, env: gitEnv },
      (error, stdout, stderr) => {
        if (!error) return resolve2(stdout);
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

// src/cli/adapters.ts
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
function cacheModeOf(flags) {
  if (flags.offline && flags.noCache)
    throw new UsageError("--offline answers from the cache: drop --no-cache");
  return flags.offline ? "offline" : flags.noCache ? "off" : "use";
}
function cacheFactory(repoDir, flags, logger) {
  return (config) => {
    if (flags.noCache) return noCache;
    const dir = resolve(repoDir, flags.cacheDir ?? config.cacheDir);
    const problem = findCacheDirProblem(dir);
    if (problem === void 0) return createFileCache(dir);
    const source = flags.cacheDir === void 0 ? "cacheDir in promptgate.yml" : "--cache-dir";
    logger.warn(
      `the response cache is off for this run: ${problem} (${source}). Every answer is asked of the model again and none is kept; point it at a folder.`
    );
    return noCache;
  };
}
function modelFactory(offline) {
  return (config) => {
    const provider = resolveProvider(config.provider, process.env);
    if (!provider.apiKey && !offline)
      throw new InputError({ file: "(environment)", message: describeMissingKey(provider.apiKeyEnv) });
    return createOpenAIModel({
      baseURL: provider.baseURL,
      apiKey: provider.apiKey ?? "offline",
      apiKeyEnv: provider.apiKeyEnv
    });
  };
}
function readConfigOverride(repoDir, path) {
  if (!path) return void 0;
  const onDisk = resolve(repoDir, path);
  if (existsSync(onDisk)) return { path, text: readFileSync(onDisk, "utf8") };
  return void 0;
}

// src/cli/logger.ts
function createConsoleLogger(verbose = process.env.PROMPTGATE_DEBUG !== void 0, redact = createRedactor(listEnvSecrets(process.env))) {
  return {
    info: (message) => process.stderr.write(`${redact(message)}
`),
    warn: (message) => process.stderr.write(`warning: ${redact(message)}
`),
    debug: (message) => {
      if (verbose) process.stderr.write(`debug: ${redact(message)}
`);
    }
  };
}

// src/render/progress-line.ts
function bar(done, total, cells) {
  const filled = total > 0 ? Math.min(cells, Math.floor(done / total * cells)) : 0;
  return `[${"#".repeat(filled)}${"-".repeat(cells - filled)}]`;
}
function renderProgressLine(progress, width) {
  const { done, total, cached, failed, costUsd, elapsedMs } = progress;
  const pct = total > 0 ? Math.floor(done / total * 100) : 0;
  const facts = [
    `${formatInt(done)}/${formatInt(total)} calls (${pct}%)`,
    `${formatInt(cached)} cached`,
    ...failed > 0 ? [`${formatInt(failed)} failed`] : [],
    formatUsd(costUsd),
    formatDuration(elapsedMs)
  ].join(" · ");
  const columns = Math.max(1, width - 1);
  const cells = Math.min(30, columns - facts.length - 3);
  const line = cells >= 5 ? `${bar(done, total, cells)} ${facts}` : facts;
  return line.length > columns ? line.slice(0, columns) : line.padEnd(columns);
}

// src/cli/terminal.ts
function detectTerminal(stream = process.stdout) {
  const tty = Boolean(stream.isTTY);
  const noColor = process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "";
  return {
    color: tty && !noColor && process.env.TERM !== "dumb",
    progress: Boolean(process.stderr.isTTY) && process.env.CI === void 0,
    // Piped output (CI logs, files) is not cut to a width.
    width: tty ? stream.columns || 100 : 1e4
  };
}
function createProgress(enabled, width) {
  const columns = Math.min(width, 120);
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(figures) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && figures.done < figures.total) return;
      last = now;
      shown = true;
      process.stderr.write(
        `\r${renderProgressLine({ ...figures, elapsedMs: now - started }, columns)}\x1B[K`
      );
    },
    /** The engine's progress callback, for review and eval alike. */
    fromStats(stats) {
      this.update({
        done: stats.total,
        total: stats.planned,
        cached: stats.cached,
        failed: stats.failed,
        costUsd: stats.costUsd
      });
    },
    end() {
      if (shown) process.stderr.write("\r\x1B[K");
    }
  };
}

// src/render/terminal-text.ts
var ANSI = {
  red: ["\x1B[31m", "\x1B[39m"],
  green: ["\x1B[32m", "\x1B[39m"],
  yellow: ["\x1B[33m", "\x1B[39m"],
  cyan: ["\x1B[36m", "\x1B[39m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  bold: ["\x1B[1m", "\x1B[22m"]
};
function sanitizeTerminal(text) {
  return showInvisible(text, "space");
}
function paintLine(segments, color, width) {
  let room = width ?? Number.POSITIVE_INFINITY;
  let out = "";
  for (const seg of segments) {
    if (room <= 0) break;
    let text = sanitizeTerminal(seg.text);
    if (text.length > room) text = `${text.slice(0, Math.max(0, room - 1))}…`;
    room -= text.length;
    out += color && seg.color ? `${ANSI[seg.color][0]}${text}${ANSI[seg.color][1]}` : text;
  }
  return out;
}

export {
  createGitRepoReader,
  paintLine,
  cacheModeOf,
  cacheFactory,
  modelFactory,
  readConfigOverride,
  createConsoleLogger,
  detectTerminal,
  createProgress
};
