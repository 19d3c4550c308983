// How a sample's evaluator results become its pass/fail: every evaluator, or promptfoo's weighted score.
/*
 * A promptfoo test owns its assertions, but promptgate's evaluators belong to the prompt. A row says which
 * evaluators grade it, with their weights, in the reserved variable `__asserts` (a JSON object name → weight),
 * and its pass threshold in `__threshold`. They ride in the row's variables, not beside them, because the head
 * is graded with the base row's variables: a pull request cannot re-weight or drop its own assertions.
 */

/** Row variable: JSON `{evaluator name: weight}`; when present only these evaluators grade the row. */
export const ASSERTS_VAR = "__asserts";
/** Row variable: the least weighted score (0–1) that passes; absent, every weighted evaluator must pass. */
export const THRESHOLD_VAR = "__threshold";

export interface RowScoring {
  /** Undefined: every evaluator grades the row with weight 1. */
  weights?: Record<string, number>;
  threshold?: number;
}

/** The row's scoring rule, read from its reserved variables. Throws on a value promptgate did not write. */
export function readRowScoring(vars: Record<string, string>): RowScoring {
  const scoring: RowScoring = {};
  const weights = vars[ASSERTS_VAR];
  if (weights !== undefined && weights !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(weights);
    } catch {
      parsed = undefined;
    }
    const ok =
      parsed !== null &&
      parsed !== undefined &&
      typeof parsed === "object" &&
      !Array.isArray(parsed) &&
      Object.values(parsed).every((w) => typeof w === "number" && w >= 0);
    if (!ok) throw new Error(`${ASSERTS_VAR} must be a JSON object of evaluator names to weights ≥ 0`);
    scoring.weights = parsed as Record<string, number>;
  }
  const threshold = vars[THRESHOLD_VAR];
  if (threshold !== undefined && threshold !== "") {
    const value = Number(threshold);
    if (!Number.isFinite(value)) throw new Error(`${THRESHOLD_VAR} must be a number, got ${threshold}`);
    scoring.threshold = value;
  }
  return scoring;
}

/** The evaluators that grade this row: all of them, or the ones its `__asserts` names. */
export function selectRowEvaluators<E extends { name: string }>(evaluators: E[], scoring: RowScoring): E[] {
  const weights = scoring.weights;
  return weights ? evaluators.filter((e) => Object.hasOwn(weights, e.name)) : evaluators;
}

/**
 * promptfoo's rule: the score is the weighted mean of the results (pass 1, fail 0). With a threshold the score
 * must reach it; without one every evaluator of weight > 0 must pass (weight 0 is reported, never gates). An
 * evaluator that could not grade is never a pass, whatever its weight.
 */
export function scoreRow(
  results: { evaluator: string; pass: boolean; error?: string }[],
  scoring: RowScoring,
): { pass: boolean; score: number } {
  const weightOf = (name: string) => scoring.weights?.[name] ?? 1;
  const total = results.reduce((sum, r) => sum + weightOf(r.evaluator), 0);
  const earned = results.reduce((sum, r) => sum + (r.pass ? weightOf(r.evaluator) : 0), 0);
  const score = total === 0 ? 1 : earned / total;
  if (results.some((r) => r.error !== undefined)) return { pass: false, score };
  const pass =
    scoring.threshold !== undefined
      ? score >= scoring.threshold
      : results.every((r) => r.pass || weightOf(r.evaluator) === 0);
  return { pass, score };
}
