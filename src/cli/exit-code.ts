// Exit codes shared by the commands: 0 pass/skipped/neutral, 1 the gate failed, 2 could not be done.
import { decideConclusion } from "../core/gate/conclusion.js";
import type { ReviewReport } from "../core/report/report.js";

export const EXIT_OK = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_ERROR = 2;

/** The gate's check conclusion as an exit code; a review that could not be done is 2, never a pass. */
export function exitCodeFor(report: ReviewReport): number {
  if (report.verdict === "error" || (report.incomplete && report.verdict !== "fail")) return EXIT_ERROR;
  return decideConclusion(report) === "failure" ? EXIT_GATE_FAILED : EXIT_OK;
}
