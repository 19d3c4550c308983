// Reads and parses both versions of each changed prompt, with the data files they reference.
import type { PromptChange } from "../core/change-set.js";
import { type Diagnostic, InputError } from "../core/diagnostics.js";
import { loadPromptSpec, type PromptPattern } from "../core/formats/index.js";
import { renderRows } from "../core/formats/rendered-rows.js";
import { PromptFileError } from "../core/prompt-file.js";
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
  /** The config's `prompts:` list: entries give a file its dataset, evaluators and layout. */
  patterns: readonly PromptPattern[] = [],
): Promise<LoadedPrompt> {
  const load = async (side: "base" | "head"): Promise<LoadedVersion | undefined> => {
    const version = change[side];
    if (!version) return undefined;
    const sha = shas[side];
    const loaded: LoadedVersion = { path: version.path, text: version.text, sha, errors: [] };
    try {
      const readFile = (path: string) => repo.readFile(sha, path);
      loaded.spec = await loadPromptSpec({ path: version.path, text: version.text, readFile, patterns });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (error instanceof PromptFileError) loaded.partial = error.partial;
      loaded.errors = error.diagnostics;
    }
    return loaded;
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
