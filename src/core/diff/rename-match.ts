// Pairs deleted prompts with added ones that carry on their eval set or their text: a rename git did not see.
//
// Deleting a gated prompt and adding it again under a new name, rewritten past git's rename detection, would
// otherwise drop the gate (the added prompt is measured only against its own rows and evaluators).
import type { PromptSpec } from "../prompt-file/prompt-spec.js";

/** One version of a prompt file; `spec` is absent when it did not parse (its text is still compared). */
export interface RenameCandidate {
  path: string;
  text: string;
  spec?: PromptSpec;
}

export interface RenameMatch {
  /** Base path of the deleted prompt. */
  from: string;
  /** Head path of the added prompt. */
  to: string;
  /** Share of the deleted prompt's rows whose input values all appear in one row of the added prompt. */
  rowOverlap: number;
  /** Jaccard similarity of the two prompts' word sets (their messages; the file text when unparsed). */
  textSimilarity: number;
}

/** "Most" base rows: more than half of their inputs are found at head. */
export const MIN_ROW_OVERLAP = 0.5;
/** Word-set Jaccard at or above this is the same prompt reworded; unrelated prompts of one product score ~0.2–0.4. */
export const MIN_TEXT_SIMILARITY = 0.6;

/** A row's inputs: the values of the variables the prompt uses (all its values when it uses none). */
function rowInputs(spec: PromptSpec, vars: Record<string, string>): string[] {
  const names = spec.variables.length > 0 ? spec.variables : Object.keys(vars);
  return names.map((name) => vars[name]).filter((value): value is string => value !== undefined);
}

/** Values are compared whatever the variable is called at head, so renaming `{{question}}` does not hide a row. */
export function measureRowOverlap(base: PromptSpec, head: PromptSpec | undefined): number {
  if (base.testData.length === 0 || !head) return 0;
  const headValues = head.testData.map((row) => new Set(Object.values(row.vars)));
  const found = base.testData.filter((row) => {
    const inputs = rowInputs(base, row.vars);
    return inputs.length > 0 && headValues.some((values) => inputs.every((value) => values.has(value)));
  });
  return found.length / base.testData.length;
}

function wordsOf(candidate: RenameCandidate): Set<string> {
  const text = candidate.spec ? candidate.spec.messages.map((m) => m.content).join("\n") : candidate.text;
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

export function measureTextSimilarity(a: RenameCandidate, b: RenameCandidate): number {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.size === 0 && y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / (x.size + y.size - shared);
}

/**
 * One-to-one pairs of a gated deleted prompt (one with test rows) and an added prompt whose row overlap is
 * more than MIN_ROW_OVERLAP or whose text similarity reaches MIN_TEXT_SIMILARITY; best pairs are taken first.
 */
export function matchRenames(deleted: RenameCandidate[], added: RenameCandidate[]): RenameMatch[] {
  const scored: RenameMatch[] = [];
  for (const from of deleted) {
    if (!from.spec || from.spec.testData.length === 0) continue;
    for (const to of added) {
      const rowOverlap = measureRowOverlap(from.spec, to.spec);
      const textSimilarity = measureTextSimilarity(from, to);
      if (rowOverlap > MIN_ROW_OVERLAP || textSimilarity >= MIN_TEXT_SIMILARITY) {
        scored.push({ from: from.path, to: to.path, rowOverlap, textSimilarity });
      }
    }
  }
  scored.sort(
    (a, b) =>
      b.rowOverlap - a.rowOverlap ||
      b.textSimilarity - a.textSimilarity ||
      a.from.localeCompare(b.from) ||
      a.to.localeCompare(b.to),
  );
  const taken = new Set<string>();
  return scored.filter((match) => {
    if (taken.has(`from:${match.from}`) || taken.has(`to:${match.to}`)) return false;
    taken.add(`from:${match.from}`).add(`to:${match.to}`);
    return true;
  });
}
