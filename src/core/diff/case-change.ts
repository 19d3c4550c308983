// Classifies how one test case changed between base and head from its per-repeat pass/fail samples.

import { passRate } from "../grading/statistics.js";
import type { CaseChange } from "../report/report.js";

/** A pass-rate move at least this large has a clear direction whatever the repeats say. */
const CLEAR_SHIFT = 0.5;
/** Rates are ratios of small integers; this absorbs float noise at the boundaries. */
const EPSILON = 1e-9;

/**
 * The rule, with d = head pass rate − base pass rate:
 *   - one side has no samples (case added or removed, or every call failed) → `unchanged`:
 *     there is nothing to compare it with; the report shows the side that ran;
 *   - d ≥ +0.5 → `improved`, d ≤ −0.5 → `regressed` (a clear direction: e.g. 3/3 → 1/3, or pass → fail
 *     with one repeat);
 *   - otherwise, when either side mixes passes and failures (3/3 → 2/3, or 2/3 → 2/3) → `flaky`: the case
 *     disagrees with itself across repeats and has no clear direction;
 *   - otherwise (every sample agrees on both sides, equal rates) → `unchanged`.
 */
export function classifyCase(base: boolean[], head: boolean[]): CaseChange {
  if (base.length === 0 || head.length === 0) return "unchanged";
  const shift = passRate(head) - passRate(base);
  if (shift >= CLEAR_SHIFT - EPSILON) return "improved";
  if (shift <= -CLEAR_SHIFT + EPSILON) return "regressed";
  const mixed = (samples: boolean[]) => samples.includes(true) && samples.includes(false);
  return mixed(base) || mixed(head) ? "flaky" : "unchanged";
}
