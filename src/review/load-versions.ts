// Reads and parses both versions of each changed prompt, with the data files they reference.

import type { LimitsConfig } from "../core/config/config-schema.js";
import { checkFileSize } from "../core/config/input-limits.js";
import { type Diagnostic, InputError } from "../core/diagnostics.js";
import type { PromptChange, PromptVersion } from "../core/diff/change-set.js";
import { loadPromptSpec, type PromptPattern } from "../core/formats/prompt-formats.js";
import { renderRows } from "../core/formats/rendered-rows.js";
import { PromptFileError } from "../core/prompt-file/prompt-file.js";
import type { PromptSpec } from "../core/prompt-file/prompt-spec.js";
import type { RepoReader } from "../ports.js";

export interface LoadedVersion {
  path: string;
  text: string;
  sha: string;
  /** Undefined when the file did not parse; the problems are in `errors`. */
  spec?: PromptSpec;
  /** What could be read of a file with errors, for the diff only. */
  partial?: PromptSpec;
  /** Why the file did not parse; empty when it did. */
  errors: Diagnostic[];
  /** The file was not read as text (binary, or over its size limit): it is neither parsed nor diffed. */
  unread?: boolean;
}

export interface LoadedPrompt {
  change: PromptChange;
  base?: LoadedVersion;
  head?: LoadedVersion;
}

export async function loadPromptVersions(
  repo: RepoReader,
  change: PromptChange,
  shas: { base: string; head: string },
  limits: LimitsConfig,
  /** The config's `prompts:` list: entries give a file its dataset, evaluators and layout. */
  patterns: readonly PromptPattern[] = [],
): Promise<LoadedPrompt> {
  const load = async (side: "base" | "head"): Promise<LoadedVersion | undefined> => {
    const version = change[side];
    return version && loadVersion(repo, version, shas[side], { limits, patterns });
  };
  const base = await load("base");
  const head = await load("head");
  // Each version also runs the other's rows (same inputs on both sides): render those ahead of planning too.
  if (base?.spec && head?.spec) {
    await renderRows(base.spec, head.spec.testData);
    await renderRows(head.spec, base.spec.testData);
  }
  return { change, base, head };
}

async function loadVersion(
  repo: RepoReader,
  version: PromptVersion,
  sha: string,
  options: { limits: LimitsConfig; patterns: readonly PromptPattern[] },
): Promise<LoadedVersion> {
  const { limits, patterns } = options;
  const loaded: LoadedVersion = { path: version.path, text: version.text, sha, errors: [] };
  const unread = version.unreadable ?? [checkFileSize(version.path, version.text, "prompt", limits)];
  if (unread.some((d) => d !== undefined)) {
    return { ...loaded, text: "", unread: true, errors: unread.filter((d) => d !== undefined) };
  }
  try {
    const readFile = (path: string) => readDataFile(repo, sha, path, limits);
    loaded.spec = await loadPromptSpec({
      path: version.path,
      text: version.text,
      readFile,
      patterns,
      maxRows: limits.maxRows,
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (error instanceof PromptFileError) loaded.partial = error.partial;
    loaded.errors = error.diagnostics;
  }
  return loaded;
}

/** A file a prompt uses (data, partial, dataset): null when missing; binary or oversized ones are located errors. */
async function readDataFile(
  repo: RepoReader,
  sha: string,
  path: string,
  limits: LimitsConfig,
): Promise<string | null> {
  const text = await repo.readFile(sha, path);
  const tooBig = text === null ? undefined : checkFileSize(path, text, "data", limits);
  if (tooBig) throw new InputError([tooBig]);
  return text;
}
