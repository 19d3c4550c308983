// What every format loader gets and gives: a file's text, a reader for the files it uses, its config entry.
import type { PromptEntry } from "../config/config-schema.js";
import type { PromptSpec } from "../prompt-file/prompt-spec.js";

export interface LoadOptions {
  /** Reads another file of the repository at the same commit; null when it does not exist. */
  readFile: (path: string) => Promise<string | null>;
  /** The `promptgate.yml` entry that names this file (dataset, evaluators, template layout), if any. */
  entry?: PromptEntry;
  /** Most test rows (`limits.maxRows`); unlimited when absent. */
  maxRows?: number;
}

export type FormatLoader = (path: string, text: string, options: LoadOptions) => Promise<PromptSpec>;
