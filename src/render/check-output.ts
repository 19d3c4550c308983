// The `promptgate` check run's output: conclusion from the verdict and gate, a plain title, a Markdown summary.
import type { ReviewReport } from "../core/report.js";
import { type SafeMarkdown, trimText } from "./escape.js";
import { MAX_CHECK_SUMMARY_CHARS, MAX_CHECK_TITLE_CHARS } from "./limits.js";
import { type CommentOptions, renderMarkdownReport } from "./markdown-comment.js";
import { buildHeadline, canAccept } from "./verdict-text.js";

export type CheckConclusion = "success" | "failure" | "neutral";

export interface CheckOutput {
  /** Plain text with invisible characters shown (the headline's plain style). */
  title: string;
  summary: SafeMarkdown;
  conclusion: CheckConclusion;
  text?: string;
}

export type CheckOptions = Pick<CommentOptions, "accepted" | "runUrl" | "acceptLabel" | "shell">;

const ON_INCONCLUSIVE: Record<ReviewReport["gate"]["onInconclusive"], CheckConclusion> = {
  neutral: "neutral",
  pass: "success",
  fail: "failure",
};

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
      const conclusion = report.verdict === "fail" ? "failure" : ON_INCONCLUSIVE[report.gate.onInconclusive];
      return accepted && canAccept(report) ? "success" : conclusion;
    }
    case "error":
      return "failure";
  }
}

/** Title (plain text, ≤ 255), summary (Markdown without the comment marker, ≤ 65,535) and conclusion. */
export function renderCheckOutput(report: ReviewReport, options: CheckOptions = {}): CheckOutput {
  const accepted = options.accepted !== undefined && canAccept(report);
  const headline = buildHeadline(report, "plain");
  const title = trimText(accepted ? `Accepted: ${headline}` : headline, MAX_CHECK_TITLE_CHARS - 30);
  const summary = renderMarkdownReport(report, {
    ...options,
    maxChars: MAX_CHECK_SUMMARY_CHARS,
    marker: false,
    limitName: "the check summary's",
  });
  return { title, summary, conclusion: decideConclusion(report, accepted) };
}
