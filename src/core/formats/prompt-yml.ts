// Loads GitHub's `.prompt.yml` format: today's parser, with the eval-data files it references read first.
import { listDataReferences, parsePromptFile } from "../prompt-file/prompt-file.js";
import type { PromptSpec } from "../prompt-file/prompt-spec.js";
import type { LoadOptions } from "./format-types.js";

export async function loadPromptYml(path: string, text: string, options: LoadOptions): Promise<PromptSpec> {
  const dataFiles: Record<string, string | null> = {};
  for (const ref of listDataReferences(path, text)) dataFiles[ref] = await options.readFile(ref);
  const parseOptions = options.maxRows !== undefined ? { maxRows: options.maxRows } : {};
  return { ...parsePromptFile(path, text, dataFiles, parseOptions), format: "prompt-yml" };
}
