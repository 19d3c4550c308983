import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  describeMissingKey,
  noCache,
  resolveProvider
} from "./chunk-AIUS6MYE.js";
import {
  UsageError
} from "./chunk-BTPJ4BDD.js";
import {
  createFileCache,
  findCacheDirProblem
} from "./chunk-UBDDKSM5.js";
import {
  createOpenAIModel,
  showInvisible
} from "./chunk-IYH4UEMK.js";
import {
  formatDuration,
  formatUsd
} from "./chunk-MI24B43W.js";
import {
  formatInt
} from "./chunk-7IS7JC7X.js";
import {
  createRedactor,
  listEnvSecrets
} from "./chunk-6VI5QYJ7.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";

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
    if (text.length > room && !seg.whole) text = `${text.slice(0, Math.max(0, room - 1))}…`;
    room -= text.length;
    out += color && seg.color ? `${ANSI[seg.color][0]}${text}${ANSI[seg.color][1]}` : text;
  }
  return out;
}

export {
  paintLine,
  cacheModeOf,
  cacheFactory,
  modelFactory,
  readConfigOverride,
  createConsoleLogger,
  detectTerminal,
  createProgress
};
