// The check conclusion a verdict maps to (`gate.onInconclusive`, acceptance) and whether a verdict can be accepted.
import type { PromptReport, ReviewReport } from "../report/report.js";

export type CheckConclusion = "success" | "failure" | "neutral";

const ON_INCONCLUSIVE: Record<ReviewReport["gate"]["onInconclusive"], CheckConclusion> = {
  neutral: "neutral",
  pass: "success",
  fail: "failure",
};

/**
 * True when the accept label can turn the check green: a regression, or an inconclusive review that the gate
 * fails (`onInconclusive: fail`). Never an error, and never a review in which some prompt could not be
 * reviewed: accepting one prompt's known regression must not wave through a prompt nobody has seen run.
 */
export function canAccept(report: ReviewReport): boolean {
  if (report.prompts.some((p) => p.verdict === "error")) return false;
  return (
    report.verdict === "fail" ||
    (report.verdict === "inconclusive" && inconclusiveConclusion(report) === "failure")
  );
}

/**
 * An inconclusive review's conclusion: as `gate.onInconclusive` says, except when every undecided prompt is a
 * deletion that `gate.onDeletedPrompt: neutral` made neutral — that setting asks for a neutral check, whatever
 * `onInconclusive` would do with a review that ran out of evidence.
 */
function inconclusiveConclusion(report: ReviewReport): CheckConclusion {
  const undecided = report.prompts.filter((p) => p.verdict === "inconclusive");
  if (undecided.length > 0 && undecided.every((p) => p.change === "deleted")) return "neutral";
  return ON_INCONCLUSIVE[report.gate.onInconclusive];
}

/**
 * pass/skipped → success; fail → failure unless a maintainer accepted it; inconclusive → as
 * `gate.onInconclusive` says, where an accepted `failure` is a success too; error → failure (a review that
 * could not run must not unblock a merge).
 */
export function decideConclusion(report: ReviewReport, accepted = false): CheckConclusion {
  switch (report.verdict) {
    case "pass":
    case "skipped":
      return "success";
    case "fail":
    case "inconclusive": {
      const conclusion = report.verdict === "fail" ? "failure" : inconclusiveConclusion(report);
      return accepted && canAccept(report) ? "success" : conclusion;
    }
    case "error":
      return "failure";
  }
}

/**
 * True when the pass-rate rule failed the prompt: the sequential test stopped on a fail. Reports from before the
 * sequential gate have no `sequential`; for them, an interval below zero and a drop beyond the margin.
 */
export function isPassRateRegression(prompt: PromptReport, margin: number): boolean {
  if (prompt.sequential) return prompt.sequential.stoppedBecause === "fail";
  const d = prompt.delta;
  return d !== undefined && d.passRateCI[1] < 0 && -d.passRate > margin;
}
