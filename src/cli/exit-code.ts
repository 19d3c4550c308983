// Exit codes shared by the commands: 0 pass/skipped/neutral, 1 the gate failed, 2 could not be done.
import type { ReviewReport } from "../core/report.js";

export const EXIT_OK = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_ERROR = 2;

export function exitCodeFor(report: ReviewReport): number {
  if (report.verdict === "error") return EXIT_ERROR;
  if (report.verdict === "fail") return EXIT_GATE_FAILED;
  if (report.verdict === "inconclusive") {
    if (report.incomplete) return EXIT_ERROR;
    return report.gate.onInconclusive === "fail" ? EXIT_GATE_FAILED : EXIT_OK;
  }
  return EXIT_OK;
}
