// Turns a deleted gated prompt and the added prompt that carries on its eval set or text into one rename,
// reviewed against the base's rows and evaluators like any modified prompt.
import { matchRenames, type RenameMatch } from "../core/diff/rename-match.js";
import { formatRate } from "../core/format/percent.js";
import type { LoadedPrompt, LoadedVersion } from "./load-versions.js";

const candidate = (version: LoadedVersion) => ({
  path: version.path,
  text: version.text,
  spec: version.spec ?? version.partial,
});

export function pairRenamedPrompts(prompts: LoadedPrompt[]): LoadedPrompt[] {
  const deleted = prompts.filter((p) => p.change.change === "deleted" && p.base);
  const added = prompts.filter((p) => p.change.change === "added" && p.head);
  const matches = matchRenames(
    deleted.map((p) => candidate(p.base!)),
    added.map((p) => candidate(p.head!)),
  );
  if (matches.length === 0) return prompts;
  const pairedTo = new Set(matches.map((m) => m.to));
  const paired = prompts.flatMap((prompt): LoadedPrompt[] => {
    const { change } = prompt;
    if (change.change === "added" && pairedTo.has(change.path)) return [];
    const match = change.change === "deleted" ? matches.find((m) => m.from === change.path) : undefined;
    const partner = match && added.find((p) => p.change.path === match.to);
    return match && partner ? [joinAsRename(prompt, partner, match)] : [prompt];
  });
  return paired.sort((a, b) => (a.change.path < b.change.path ? -1 : a.change.path > b.change.path ? 1 : 0));
}

function joinAsRename(deleted: LoadedPrompt, added: LoadedPrompt, match: RenameMatch): LoadedPrompt {
  const head = added.head!;
  const evidence = [
    match.rowOverlap > 0
      ? `${formatRate(match.rowOverlap)} of its rows' inputs are in this prompt's rows`
      : "",
    `its messages share ${formatRate(match.textSimilarity)} of their words with this prompt's`,
  ].filter((part) => part !== "");
  const note = {
    file: head.path,
    message: `reviewed as a rename of ${match.from}, deleted in this pull request (${evidence.join("; ")}): the gate is its rows and evaluators`,
  };
  return {
    change: {
      path: head.path,
      change: "renamed",
      previousPath: match.from,
      ...(deleted.change.base ? { base: deleted.change.base } : {}),
      ...(added.change.head ? { head: added.change.head } : {}),
      changedDataFiles: [],
    },
    base: deleted.base!,
    head: { ...head, spec: head.spec && { ...head.spec, warnings: [note, ...head.spec.warnings] } },
  };
}
