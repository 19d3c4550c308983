// Which prompt files a review covers: changed paths ∩ prompt globs, plus prompts whose eval data changed.
import pLimit from "p-limit";
import type { ChangedFile, RepoReader } from "../../ports.js";
import { type Diagnostic, InputError } from "../diagnostics.js";
import type { ChangeKind } from "../report/report.js";
import { buildGlobMatcher, type PathMatcher } from "./glob.js";

export interface PromptVersion {
  path: string;
  /** Empty when the file is unreadable. */
  text: string;
  /** Why the file cannot be read as text (binary content); the prompt's error, not the whole review's. */
  unreadable?: Diagnostic[];
}

export interface PromptChange {
  /** Path at head (for deleted prompts: the path at base). */
  path: string;
  change: ChangeKind;
  /** Path at base, for renames. */
  previousPath?: string;
  /** The repository file, when `path` names one of several prompts in it (promptfoo: `config.yaml#variant`). */
  file?: string;
  /** Absent for added prompts. */
  base?: PromptVersion;
  /** Absent for deleted prompts. */
  head?: PromptVersion;
  /** Data files referenced by the prompt whose change marked it changed. */
  changedDataFiles: string[];
}

/** A glob, or a config entry whose `path` is one. */
export type PromptPattern = string | { readonly path: string };

export interface PromptChangeOptions {
  globs: readonly PromptPattern[];
  /**
   * Repository-relative paths of the files a prompt file uses: its `testData` file, Dotprompt partials, a
   * sidecar dataset, a Prompty `${file:…}` reference. A change to one is a change to the prompt.
   */
  dataReferences: (path: string, text: string) => string[];
  /** Paths the globs match that are not prompts themselves (Dotprompt partials `_name.prompt`). */
  exclude?: (path: string) => boolean;
}

/** Reads through the port at most this many files at once (the GitHub API reader is rate limited). */
const READ_CONCURRENCY = 8;

export function matchesPromptGlobs(path: string, globs: readonly PromptPattern[]): boolean {
  return buildGlobMatcher(toGlobs(globs))(path);
}

function toGlobs(patterns: readonly PromptPattern[]): string[] {
  return patterns.map((p) => (typeof p === "string" ? p : p.path));
}

export async function listPromptChanges(
  reader: RepoReader,
  baseSha: string,
  headSha: string,
  options: PromptChangeOptions,
): Promise<PromptChange[]> {
  const matches = buildGlobMatcher(toGlobs(options.globs));
  const isPrompt: PathMatcher = (path) => matches(path) && !options.exclude?.(path);
  const changedFiles = await reader.listChangedFiles(baseSha, headSha);
  const limit = pLimit(READ_CONCURRENCY);
  const direct = await Promise.all(
    changedFiles
      .map((file) => classifyChange(file, isPrompt))
      .filter((change) => change !== undefined)
      .map((change) => limit(() => readVersions(reader, baseSha, headSha, change))),
  );
  const byData = await listDataOnlyChanges(reader, baseSha, headSha, {
    changedFiles,
    covered: new Set(direct.map((change) => change.path)),
    isPrompt,
    dataReferences: options.dataReferences,
    limit,
  });
  return [...direct, ...byData].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

interface PlannedChange {
  path: string;
  change: ChangeKind;
  previousPath?: string;
  /** Path to read at base; absent when the prompt did not exist there. */
  basePath?: string;
  /** Path to read at head; absent when the prompt no longer exists. */
  headPath?: string;
}

/** Maps one changed file onto a prompt change; a rename across the globs' boundary is an add or delete. */
function classifyChange(file: ChangedFile, isPrompt: PathMatcher): PlannedChange | undefined {
  const { path } = file;
  switch (file.status) {
    case "added":
      return isPrompt(path) ? { path, change: "added", headPath: path } : undefined;
    case "modified":
      return isPrompt(path) ? { path, change: "modified", basePath: path, headPath: path } : undefined;
    case "deleted":
      return isPrompt(path) ? { path, change: "deleted", basePath: path } : undefined;
    case "renamed": {
      const from = file.previousPath ?? path;
      const [wasPrompt, isPromptNow] = [isPrompt(from), isPrompt(path)];
      if (wasPrompt && isPromptNow) {
        return { path, change: "renamed", previousPath: from, basePath: from, headPath: path };
      }
      if (isPromptNow) return { path, change: "added", headPath: path };
      if (wasPrompt) return { path: from, change: "deleted", basePath: from };
      return undefined;
    }
  }
}

async function readVersions(
  reader: RepoReader,
  baseSha: string,
  headSha: string,
  planned: PlannedChange,
): Promise<PromptChange> {
  const [base, head] = await Promise.all([
    planned.basePath === undefined ? undefined : readVersion(reader, baseSha, planned.basePath),
    planned.headPath === undefined ? undefined : readVersion(reader, headSha, planned.headPath),
  ]);
  const change: PromptChange = { path: planned.path, change: planned.change, changedDataFiles: [] };
  if (planned.previousPath !== undefined) change.previousPath = planned.previousPath;
  if (base) change.base = base;
  if (head) change.head = head;
  return change;
}

async function readVersion(reader: RepoReader, sha: string, path: string): Promise<PromptVersion> {
  let text: string | null;
  try {
    text = await reader.readFile(sha, path);
  } catch (error) {
    // Binary content is this prompt's located error; the other prompts are still reviewed.
    if (!(error instanceof InputError)) throw error;
    return { path, text: "", unreadable: error.diagnostics };
  }
  // The diff listed this path at this commit, so its absence means the reader and the diff disagree.
  if (text === null) throw new Error(`${path} is listed as changed but cannot be read at commit ${sha}`);
  return { path, text };
}

interface DataScan {
  changedFiles: ChangedFile[];
  covered: Set<string>;
  isPrompt: PathMatcher;
  dataReferences: PromptChangeOptions["dataReferences"];
  limit: ReturnType<typeof pLimit>;
}

/** Unchanged prompts at head that reference a changed file (their eval data) count as modified. */
async function listDataOnlyChanges(
  reader: RepoReader,
  baseSha: string,
  headSha: string,
  scan: DataScan,
): Promise<PromptChange[]> {
  const changedPaths = new Set(
    scan.changedFiles.flatMap((file) => [file.path, file.previousPath].filter((p) => p !== undefined)),
  );
  for (const path of scan.covered) changedPaths.delete(path);
  // Nothing but prompt files changed: no data can have changed, so skip listing and reading the tree.
  if (changedPaths.size === 0) return [];

  const candidates = (await reader.listFiles(headSha)).filter(
    (path) => scan.isPrompt(path) && !scan.covered.has(path),
  );
  const found = await Promise.all(
    candidates.map((path) =>
      scan.limit(async () => {
        const text = await readIfText(reader, headSha, path);
        if (text === null) return undefined;
        const references = scan.dataReferences(path, text).map(normalizePath);
        const changedDataFiles = [...new Set(references.filter((ref) => changedPaths.has(ref)))].sort();
        if (changedDataFiles.length === 0) return undefined;
        const base = await readVersion(reader, baseSha, path);
        const change: PromptChange = {
          path,
          change: "modified",
          base,
          head: { path, text },
          changedDataFiles,
        };
        return change;
      }),
    ),
  );
  return found.filter((change) => change !== undefined);
}

/** An unchanged file that is binary has no data references: it cannot be a prompt whose eval data changed. */
async function readIfText(reader: RepoReader, sha: string, path: string): Promise<string | null> {
  try {
    return await reader.readFile(sha, path);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

function normalizePath(path: string): string {
  return path.replace(/^(\.\/)+/, "");
}
