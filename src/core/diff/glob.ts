// Prompt-file globs: one compiled matcher per glob list, dotfolders included (`.github/prompts/…`).
import picomatch from "picomatch";

export type PathMatcher = (path: string) => boolean;

const matchers = new Map<string, PathMatcher>();

/** A matcher for repository-relative paths; compiled once per distinct glob list. */
export function buildGlobMatcher(globs: readonly string[]): PathMatcher {
  const key = JSON.stringify(globs);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = globs.length === 0 ? () => false : picomatch([...globs], { dot: true });
    matchers.set(key, matcher);
  }
  return matcher;
}
