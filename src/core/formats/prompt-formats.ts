// The one entry to prompt formats: which loader reads a file (by extension and config), and what files it uses.

import type { PromptEntry } from "../config/config-schema.js";
import type { PromptChange } from "../diff/change-set.js";
import { buildGlobMatcher } from "../diff/glob.js";
import { listDataReferences } from "../prompt-file/prompt-file.js";
import type { PromptFormat, PromptSpec } from "../prompt-file/prompt-spec.js";
import { isDotpromptPartial, listDotpromptReferences, loadDotprompt } from "./dotprompt.js";
import type { FormatLoader } from "./format-types.js";
import { loadTemplate } from "./plain-template.js";
import { loadPromptYml } from "./prompt-yml.js";
import { listPromptfooVariants, loadPromptfoo } from "./promptfoo.js";
import { isPromptfooPath, listPromptfooReferences, splitVariantPath } from "./promptfoo-config.js";
import { listPromptyReferences, loadPrompty } from "./prompty.js";

export { isDotpromptPartial } from "./dotprompt.js";
export type { LoadOptions } from "./format-types.js";

/** A `prompts:` item of promptgate.yml: a glob, or an entry pairing a file with its eval set. */
export type PromptPattern = string | PromptEntry;

const loaders: Record<PromptFormat, FormatLoader> = {
  "prompt-yml": loadPromptYml,
  prompty: loadPrompty,
  dotprompt: loadDotprompt,
  template: loadTemplate,
  promptfoo: loadPromptfoo,
};

/** The first config entry whose `path` (a file or a glob) matches the file. */
export function findPromptEntry(patterns: readonly PromptPattern[], path: string): PromptEntry | undefined {
  return patterns.find((p): p is PromptEntry => typeof p !== "string" && buildGlobMatcher([p.path])(path));
}

/** By extension; a file named only by a config entry (a `.md`, `.txt`, `.j2`) is a plain template. */
export function detectFormat(path: string, entry?: PromptEntry): PromptFormat {
  if (entry?.format) return entry.format;
  const lower = path.toLowerCase();
  if (isPromptfooPath(lower)) return "promptfoo";
  if (lower.endsWith(".prompty")) return "prompty";
  if (lower.endsWith(".prompt")) return "dotprompt";
  if (/\.prompt\.ya?ml$/.test(lower) || !entry) return "prompt-yml";
  return "template";
}

export interface SpecRequest {
  path: string;
  text: string;
  readFile: (path: string) => Promise<string | null>;
  /** The config's `prompts:` list, for the entry (dataset, evaluators, layout) that names this file. */
  patterns?: readonly PromptPattern[];
  /** Most test rows a prompt may have (`limits.maxRows`); unlimited when absent. */
  maxRows?: number;
}

/** Loads one prompt file in its format. Throws InputError (PromptFileError with what was read) on bad input. */
export async function loadPromptSpec(request: SpecRequest): Promise<PromptSpec> {
  const entry = findPromptEntry(request.patterns ?? [], splitVariantPath(request.path).file);
  const format = detectFormat(request.path, entry);
  const options = {
    readFile: request.readFile,
    ...(entry ? { entry } : {}),
    ...(request.maxRows !== undefined ? { maxRows: request.maxRows } : {}),
  };
  return loaders[format](request.path, request.text, options);
}

/**
 * For the change set: the repository files a prompt file uses, found from its text and its config entry —
 * `testDataFile`, `${file:…}`, partials, a sidecar dataset. (Partials of partials are found when loading.)
 */
export function buildDependencyLister(
  patterns: readonly PromptPattern[],
): (path: string, text: string) => string[] {
  return (path, text) => {
    const entry = findPromptEntry(patterns, path);
    const dataset = entry?.dataset ? [entry.dataset.replace(/^(\.\/)+/, "")] : [];
    const own = (() => {
      switch (detectFormat(path, entry)) {
        case "prompt-yml":
          return listDataReferences(path, text);
        case "prompty":
          return listPromptyReferences(path, text);
        case "dotprompt":
          return listDotpromptReferences(path, text);
        case "template":
          return [];
        case "promptfoo":
          return listPromptfooReferences(path, text);
      }
    })();
    return [...new Set([...own, ...dataset])];
  };
}

/** Options for `listPromptChanges` from the config's `prompts:` list. */
export function buildChangeSetOptions(patterns: readonly PromptPattern[]) {
  return { globs: patterns, dataReferences: buildDependencyLister(patterns), exclude: isDotpromptPartial };
}

/**
 * A changed promptfoo config becomes one change per prompt × provider (`config.yaml#variant`): added, deleted
 * or modified by whether the variant exists at base and head. A config that does not parse stays one change,
 * whose loading reports why.
 */
export function expandPromptfooChanges(
  changes: readonly PromptChange[],
  patterns: readonly PromptPattern[],
): PromptChange[] {
  return changes.flatMap((change) => {
    const entry = findPromptEntry(patterns, change.path);
    if (detectFormat(change.path, entry) !== "promptfoo") return [change];
    const base = change.base ? listPromptfooVariants(change.base.path, change.base.text) : [];
    const head = change.head ? listPromptfooVariants(change.head.path, change.head.text) : [];
    if (base.length === 0 && head.length === 0) return [change];
    const keyOf = (variantPath: string) => variantPath.slice(variantPath.indexOf("#") + 1);
    const keys = [...new Set([...base, ...head].map(keyOf))];
    return keys.map((key): PromptChange => {
      const b = change.base && base.some((p) => keyOf(p) === key) ? `${change.base.path}#${key}` : undefined;
      const h = change.head && head.some((p) => keyOf(p) === key) ? `${change.head.path}#${key}` : undefined;
      const kind =
        b && h ? (change.change === "renamed" && b !== h ? "renamed" : "modified") : h ? "added" : "deleted";
      return {
        path: (h ?? b)!,
        file: h ? change.head!.path : change.base!.path,
        change: kind,
        ...(kind === "renamed" ? { previousPath: b } : {}),
        ...(b ? { base: { path: b, text: change.base!.text } } : {}),
        ...(h ? { head: { path: h, text: change.head!.text } } : {}),
        changedDataFiles: change.changedDataFiles,
      };
    });
  });
}
