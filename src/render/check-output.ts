// The `promptgate` check run's output: the gate's conclusion, a plain title, a Markdown summary.
import { type CheckConclusion, canAccept, decideConclusion } from "../core/gate/conclusion.js";
import type { ReviewReport } from "../core/report/report.js";
import { type SafeMarkdown, trimText } from "./escape.js";
import { MAX_CHECK_SUMMARY_CHARS, MAX_CHECK_TITLE_CHARS } from "./limits.js";
import { type CommentOptions, renderMarkdownReport } from "./markdown-comment.js";
import { buildHeadline } from "./verdict-text.js";

export type { CheckConclusion };

export interface CheckOutput {
  /** Plain text with invisible characters shown (the headline's plain style). */
  title: string;
  summary: SafeMarkdown;
  conclusion: CheckConclusion;
  text?: string;
}

export type CheckOptions = Pick<CommentOptions, "accepted" | "runUrl" | "acceptLabel" | "shell">;

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
