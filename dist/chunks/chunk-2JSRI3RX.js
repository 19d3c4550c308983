import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  pLimit
} from "./chunk-Z7KE6A36.js";
import {
  buildGlobMatcher
} from "./chunk-D2YK244S.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";

// src/core/change-set.ts
var READ_CONCURRENCY = 8;
function matchesPromptGlobs(path, globs) {
  return buildGlobMatcher(toGlobs(globs))(path);
}
function toGlobs(patterns) {
  return patterns.map((p) => typeof p === "string" ? p : p.path);
}
async function listPromptChanges(reader, baseSha, headSha, options) {
  const matches = buildGlobMatcher(toGlobs(options.globs));
  const isPrompt = (path) => matches(path) && !options.exclude?.(path);
  const changedFiles = await reader.listChangedFiles(baseSha, headSha);
  const limit = pLimit(READ_CONCURRENCY);
  const direct = await Promise.all(
    changedFiles.map((file) => classifyChange(file, isPrompt)).filter((change) => change !== void 0).map((change) => limit(() => readVersions(reader, baseSha, headSha, change)))
  );
  const byData = await listDataOnlyChanges(reader, baseSha, headSha, {
    changedFiles,
    covered: new Set(direct.map((change) => change.path)),
    isPrompt,
    dataReferences: options.dataReferences,
    limit
  });
  return [...direct, ...byData].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function classifyChange(file, isPrompt) {
  const { path } = file;
  switch (file.status) {
    case "added":
      return isPrompt(path) ? { path, change: "added", headPath: path } : void 0;
    case "modified":
      return isPrompt(path) ? { path, change: "modified", basePath: path, headPath: path } : void 0;
    case "deleted":
      return isPrompt(path) ? { path, change: "deleted", basePath: path } : void 0;
    case "renamed": {
      const from = file.previousPath ?? path;
      const [wasPrompt, isPromptNow] = [isPrompt(from), isPrompt(path)];
      if (wasPrompt && isPromptNow) {
        return { path, change: "renamed", previousPath: from, basePath: from, headPath: path };
      }
      if (isPromptNow) return { path, change: "added", headPath: path };
      if (wasPrompt) return { path: from, change: "deleted", basePath: from };
      return void 0;
    }
  }
}
async function readVersions(reader, baseSha, headSha, planned) {
  const [base, head] = await Promise.all([
    planned.basePath === void 0 ? void 0 : readVersion(reader, baseSha, planned.basePath),
    planned.headPath === void 0 ? void 0 : readVersion(reader, headSha, planned.headPath)
  ]);
  const change = { path: planned.path, change: planned.change, changedDataFiles: [] };
  if (planned.previousPath !== void 0) change.previousPath = planned.previousPath;
  if (base) change.base = base;
  if (head) change.head = head;
  return change;
}
async function readVersion(reader, sha, path) {
  let text;
  try {
    text = await reader.readFile(sha, path);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { path, text: "", unreadable: error.diagnostics };
  }
  if (text === null) throw new Error(`${path} is listed as changed but cannot be read at commit ${sha}`);
  return { path, text };
}
async function listDataOnlyChanges(reader, baseSha, headSha, scan) {
  const changedPaths = new Set(
    scan.changedFiles.flatMap((file) => [file.path, file.previousPath].filter((p) => p !== void 0))
  );
  for (const path of scan.covered) changedPaths.delete(path);
  if (changedPaths.size === 0) return [];
  const candidates = (await reader.listFiles(headSha)).filter(
    (path) => scan.isPrompt(path) && !scan.covered.has(path)
  );
  const found = await Promise.all(
    candidates.map(
      (path) => scan.limit(async () => {
        const text = await readIfText(reader, headSha, path);
        if (text === null) return void 0;
        const references = scan.dataReferences(path, text).map(normalizePath);
        const changedDataFiles = [...new Set(references.filter((ref) => changedPaths.has(ref)))].sort();
        if (changedDataFiles.length === 0) return void 0;
        const base = await readVersion(reader, baseSha, path);
        const change = {
          path,
          change: "modified",
          base,
          head: { path, text },
          changedDataFiles
        };
        return change;
      })
    )
  );
  return found.filter((change) => change !== void 0);
}
async function readIfText(reader, sha, path) {
  try {
    return await reader.readFile(sha, path);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}
function normalizePath(path) {
  return path.replace(/^(\.\/)+/, "");
}

export {
  matchesPromptGlobs,
  listPromptChanges
};
