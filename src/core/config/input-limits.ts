// Size limits on the files a pull request controls (`limits:` in promptgate.yml): a file over its limit is a
// located error, read no further — never parsed, diffed or sent to a model.

import type { Diagnostic } from "../diagnostics.js";
import { formatBytes } from "../format/count.js";
import type { LimitsConfig } from "./config-schema.js";

/** UTF-8 size of a text, or its length when that alone shows it is within `limit`. */
function utf8Bytes(text: string, limit: number): number {
  // Each UTF-16 code unit is 1 to 3 UTF-8 bytes (a surrogate pair, two units, is 4).
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

const limitKey = { prompt: "maxPromptBytes", data: "maxDataBytes" } as const;

/** A diagnostic when `text` (a prompt or eval-data file) is over its size limit; undefined when it fits. */
export function checkFileSize(
  path: string,
  text: string,
  kind: "prompt" | "data",
  limits: LimitsConfig,
): Diagnostic | undefined {
  const key = limitKey[kind];
  const limit = limits[key];
  const size = utf8Bytes(text, limit);
  if (size <= limit) return undefined;
  return {
    file: path,
    message: `the file is ${formatBytes(size)}, over \`limits.${key}\` (${formatBytes(limit)}): it is not read further; split it, or raise the limit in the base branch's promptgate.yml`,
  };
}
