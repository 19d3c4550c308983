// The Cache port on disk: one JSON file per response under <dir>/<key[0..2]>/<key>.json, written atomically.
import { randomBytes } from "node:crypto";
import { type Stats, statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Cache } from "../engine/cache.js";
import type { ChatResponse } from "../engine/model.js";

/** Format of a cache file; a file with another version is a miss. */
const FILE_VERSION = 1;

/** Keys become file names: only hash-like keys, so a key can never climb out of the cache directory. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{3,128}$/;

export interface FileCacheOptions {
  /** Applied to an answer's text before it is written (a provider may echo a credential back). */
  redact?: (text: string) => string;
}

export function createFileCache(dir: string, options: FileCacheOptions = {}): Cache {
  const pathOf = (key: string): { folder: string; file: string } => {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid cache key ${JSON.stringify(key.slice(0, 80))}`);
    const folder = join(dir, key.slice(0, 2));
    return { folder, file: join(folder, `${key}.json`) };
  };

  let ignoreWritten = false;
  /** The cache lives in the repository by default: a `.gitignore` keeps it out of commits. */
  const ensureIgnored = async () => {
    if (ignoreWritten) return;
    ignoreWritten = true;
    await writeFile(join(dir, ".gitignore"), "# promptgate's response cache\n*\n", { flag: "wx" }).catch(
      () => {},
    );
  };
  return {
    async get(key) {
      if (!KEY_PATTERN.test(key)) return undefined;
      try {
        return parseEntry(await readFile(pathOf(key).file, "utf8"));
      } catch {
        return undefined; // Missing, unreadable or torn by a foreign writer: a miss, the call is made again.
      }
    },
    async set(key, response) {
      const { folder, file } = pathOf(key);
      await mkdir(folder, { recursive: true });
      await ensureIgnored();
      // Unique temp name in the same directory, then rename: rename is atomic within a file system, so
      // readers see the old file or the new one, never half of one, even with many writers at once.
      const temp = join(folder, `.${key}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
      const picked = pickResponse(response);
      const stored = options.redact ? { ...picked, text: options.redact(picked.text) } : picked;
      const body = `${JSON.stringify({ v: FILE_VERSION, response: stored })}\n`;
      try {
        await writeFile(temp, body, { encoding: "utf8", flag: "wx" });
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true }).catch(() => {});
        // Windows refuses to replace a file another process holds open; that writer stored the same answer.
        if (process.platform === "win32" && isBusy(error)) return;
        throw error;
      }
    },
  };
}

/**
 * Why `dir` cannot hold the cache (it, or the nearest existing folder above it, is a file), or undefined when it
 * can. Checked before a run: otherwise every read is a silent miss and every answer is paid for again.
 */
export function findCacheDirProblem(dir: string): string | undefined {
  for (let path = dir; ; path = dirname(path)) {
    const stat = statOrUndefined(path);
    if (stat) return stat.isDirectory() ? undefined : `${path} is a file, not a directory`;
    if (dirname(path) === path) return undefined;
  }
}

/** Missing, or under a file (ENOTDIR): either way the answer is one level up. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw error;
  }
}

/** Only the response's own fields go to disk: nothing a provider or adapter may have attached to it. */
function pickResponse(response: ChatResponse): ChatResponse {
  const { inputTokens, outputTokens, cachedInputTokens } = response.usage;
  return {
    text: response.text,
    usage: { inputTokens, outputTokens, cachedInputTokens },
    latencyMs: response.latencyMs,
    finishReason: response.finishReason,
    ...(response.usageMissing ? { usageMissing: true } : {}),
    ...(response.latencyMissing ? { latencyMissing: true } : {}),
  };
}

function parseEntry(body: string): ChatResponse | undefined {
  const entry: unknown = JSON.parse(body);
  if (!isRecord(entry) || entry.v !== FILE_VERSION || !isRecord(entry.response)) return undefined;
  const { text, usage, latencyMs, finishReason, usageMissing, latencyMissing } = entry.response;
  if (typeof text !== "string" || typeof finishReason !== "string" || !isFiniteNumber(latencyMs))
    return undefined;
  if (!isRecord(usage)) return undefined;
  const { inputTokens, outputTokens, cachedInputTokens } = usage;
  if (!isFiniteNumber(inputTokens) || !isFiniteNumber(outputTokens) || !isFiniteNumber(cachedInputTokens)) {
    return undefined;
  }
  const response: ChatResponse = {
    text,
    usage: { inputTokens, outputTokens, cachedInputTokens },
    latencyMs,
    finishReason,
    ...(usageMissing === true ? { usageMissing: true } : {}),
    ...(latencyMissing === true ? { latencyMissing: true } : {}),
  };
  return response;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isBusy(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "EPERM" || code === "EBUSY" || code === "EACCES";
}
