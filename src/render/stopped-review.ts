// What the comment and the check say about a review that stopped before its verdict: cancelled or out of time.
import { inlineCode, md, type SafeMarkdown } from "./escape.js";
import { COMMENT_MARKER } from "./limits.js";

/** The sticky comment of a cancelled review: no verdict, and how to get one. */
export function renderCancelledComment(reason: string, headSha: string): string {
  return [
    COMMENT_MARKER,
    "## ⏹️ promptgate: review cancelled",
    "",
    `The review of ${inlineCode(headSha.slice(0, 7))} was cancelled before it finished (${reason}). ` +
      "There is no verdict: the `promptgate` check is `cancelled`. Re-run the workflow to review again.",
    "",
  ].join("\n");
}

/** The note atop a review published at its deadline: what follows is partial and cannot pass. */
export function renderDeadlineNote(minutes: number): SafeMarkdown {
  const unit = minutes === 1 ? md`minute` : md`minutes`;
  return md`> [!WARNING]
> promptgate stopped at its deadline of ${minutes} ${unit}: the results below are partial, so the check does not pass. Raise \`review.deadlineMinutes\` (or the action's \`deadline-minutes\`), lower \`repeats\`, or re-run.`;
}

/** The check of a review that could not even publish partial results before its deadline ran out. */
export function renderTimedOutSummary(minutes: number): string {
  return (
    `promptgate did not finish within its deadline of ${minutes} minute${minutes === 1 ? "" : "s"} ` +
    "and had nothing it could publish. Re-run the review, or raise `review.deadlineMinutes`."
  );
}
