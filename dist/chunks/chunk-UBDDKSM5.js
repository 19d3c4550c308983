import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/adapters/file-cache.ts
import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var FILE_VERSION = 1;
var KEY_PATTERN = /^[A-Za-z0-9_-]{3,128}$/;
function createFileCache(dir, options = {}) {
  const pathOf = (key) => {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid cache key ${JSON.stringify(key.slice(0, 80))}`);
    const folder = join(dir, key.slice(0, 2));
    return { folder, file: join(folder, `${key}.json`) };
  };
  let ignoreWritten = false;
  const ensureIgnored = async () => {
    if (ignoreWritten) return;
    ignoreWritten = true;
    await writeFile(join(dir, ".gitignore"), "# promptgate's response cache\n*\n", { flag: "wx" }).catch(
      () => {
      }
    );
  };
  return {
    async get(key) {
      if (!KEY_PATTERN.test(key)) return void 0;
      try {
        return parseEntry(await readFile(pathOf(key).file, "utf8"));
      } catch {
        return void 0;
      }
    },
    async set(key, response) {
      const { folder, file } = pathOf(key);
      await mkdir(folder, { recursive: true });
      await ensureIgnored();
      const temp = join(folder, `.${key}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
      const picked = pickResponse(response);
      const stored = options.redact ? { ...picked, text: options.redact(picked.text) } : picked;
      const body = `${JSON.stringify({ v: FILE_VERSION, response: stored })}
`;
      try {
        await writeFile(temp, body, { encoding: "utf8", flag: "wx" });
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true }).catch(() => {
        });
        if (process.platform === "win32" && isBusy(error)) return;
        throw error;
      }
    }
  };
}
function findCacheDirProblem(dir) {
  for (let path = dir; ; path = dirname(path)) {
    const stat = statOrUndefined(path);
    if (stat) return stat.isDirectory() ? void 0 : `${path} is a file, not a directory`;
    if (dirname(path) === path) return void 0;
  }
}
function statOrUndefined(path) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if (error.code === "ENOTDIR") return void 0;
    throw error;
  }
}
function pickResponse(response) {
  const { inputTokens, outputTokens, cachedInputTokens } = response.usage;
  return {
    text: response.text,
    usage: { inputTokens, outputTokens, cachedInputTokens },
    latencyMs: response.latencyMs,
    finishReason: response.finishReason,
    ...response.usageMissing ? { usageMissing: true } : {},
    ...response.latencyMissing ? { latencyMissing: true } : {}
  };
}
function parseEntry(body) {
  const entry = JSON.parse(body);
  if (!isRecord(entry) || entry.v !== FILE_VERSION || !isRecord(entry.response)) return void 0;
  const { text, usage, latencyMs, finishReason, usageMissing, latencyMissing } = entry.response;
  if (typeof text !== "string" || typeof finishReason !== "string" || !isFiniteNumber(latencyMs))
    return void 0;
  if (!isRecord(usage)) return void 0;
  const { inputTokens, outputTokens, cachedInputTokens } = usage;
  if (!isFiniteNumber(inputTokens) || !isFiniteNumber(outputTokens) || !isFiniteNumber(cachedInputTokens)) {
    return void 0;
  }
  const response = {
    text,
    usage: { inputTokens, outputTokens, cachedInputTokens },
    latencyMs,
    finishReason,
    ...usageMissing === true ? { usageMissing: true } : {},
    ...latencyMissing === true ? { latencyMissing: true } : {}
  };
  return response;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
function isBusy(error) {
  const code = error?.code;
  return code === "EPERM" || code === "EBUSY" || code === "EACCES";
}

export {
  createFileCache,
  findCacheDirProblem
};
