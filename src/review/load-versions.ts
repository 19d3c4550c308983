// Reads and parses both versions of each changed prompt, with the data files they reference.
import type { PromptChange, PromptVersion } from "../core/change-set.js";
import type { LimitsConfig } from "../core/config-schema.js";
import { type Diagnostic, InputError } from "../core/diagnostics.js";
import { checkFileSize } from "../core/input-limits.js";
import { listDataReferences, PromptFileError, parsePromptFile } from "../core/prompt-file.js";
import type { PromptSpec } from "../core/prompt-spec.js";
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
): Promise<LoadedPrompt> {
  const load = async (side: "base" | "head"): Promise<LoadedVersion | undefined> => {
    const version = change[side];
    return version && loadVersion(repo, version, shas[side], limits);
  };
  const base = await load("base");
  const head = await load("head");
  return { change, base, head };
}

async function loadVersion(
  repo: RepoReader,
  version: PromptVersion,
  sha: string,
  limits: LimitsConfig,
): Promise<LoadedVersion> {
  const loaded: LoadedVersion = { path: version.path, text: version.text, sha, errors: [] };
  const unread = version.unreadable ?? [checkFileSize(version.path, version.text, "prompt", limits)];
  if (unread.some((d) => d !== undefined)) {
    return { ...loaded, text: "", unread: true, errors: unread.filter((d) => d !== undefined) };
  }
  try {
    const dataFiles = await readDataFiles(repo, sha, listDataReferences(version.path, version.text), limits);
    loaded.spec = parsePromptFile(version.path, version.text, dataFiles, { maxRows: limits.maxRows });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (error instanceof PromptFileError) loaded.partial = error.partial;
    loaded.errors = error.diagnostics;
  }
  return loaded;
}

/** Each referenced data file's text (null: not found); binary or oversized files throw their located errors. */
async function readDataFiles(
  repo: RepoReader,
  sha: string,
  refs: string[],
  limits: LimitsConfig,
): Promise<Record<string, string | null>> {
  const dataFiles: Record<string, string | null> = {};
  const problems: Diagnostic[] = [];
  for (const ref of refs) {
    try {
      const text = await repo.readFile(sha, ref);
      const tooBig = text === null ? undefined : checkFileSize(ref, text, "data", limits);
      if (tooBig) problems.push(tooBig);
      else dataFiles[ref] = text;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return dataFiles;
}
