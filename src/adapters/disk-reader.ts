// Reads a prompt's files (the prompt, its eval data, partials, promptgate.yml) from a folder on disk, decoded as
// strictly as the git and GitHub readers do: a binary file is a located error, not text.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { decodeText } from "../core/text-content.js";

/** A repository-relative path's text, or null when there is no such file. */
export type ReadRepoFile = (path: string) => Promise<string | null>;

/** Reads paths relative to `root`. */
export function createDiskReader(root: string): ReadRepoFile {
  return async (path) => {
    const full = resolve(root, path);
    return existsSync(full) ? decodeText(path, readFileSync(full)) : null;
  };
}
