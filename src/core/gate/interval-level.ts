// The confidence level the shown interval of a pass-rate difference has, from the gate's one-sided confidence.

/**
 * Each bound of the shown interval is one-sided at `confidence`, so together they form a two-sided interval
 * at 2·confidence − 1: 0.95 → a 90% CI. Reports label it by that level.
 */
export function intervalLevel(confidence: number): number {
  return 2 * confidence - 1;
}
