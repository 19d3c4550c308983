// Job-summary texts for runs that write nothing to the pull request: restricted runs and waiting fork PRs.
import type { ReviewReport } from "../core/report/report.js";
import { renderDryRunMarkdown } from "../render/dry-run-markdown.js";
import { escapeInline, inlineCode, md, type SafeMarkdown } from "../render/escape.js";

/** A fork (or Dependabot) run under `pull_request`: why nothing was posted, then what a review would cover. */
export function renderRestrictedSummary(reason: string, report: ReviewReport): SafeMarkdown {
  return md`## promptgate: dry run only

promptgate did not run the eval sets of this pull request because ${escapeInline(reason)}. It wrote no check and no comment; below is the prompt diff and what a full review would cost.

To review such pull requests, either install the promptgate App, or run the workflow on \`pull_request_target\` and let a maintainer add the run label (see the README's fork recipes).

${renderDryRunMarkdown(report, { marker: false })}`;
}

export function renderAwaitingLabelSummary(label: string, pullNumber: number): SafeMarkdown {
  return md`## promptgate: waiting for a maintainer

Pull request #${pullNumber} comes from a fork. Under \`pull_request_target\` promptgate reviews it (with the repository's key and budget) only after a maintainer adds the ${inlineCode(label)} label.

promptgate reads the pull request's files as data through the API and never runs its code, so the label only decides whether to spend on model calls.`;
}

export function renderUnrelatedLabelSummary(
  label: string,
  headSha: string,
  conclusion: string | null,
): SafeMarkdown {
  return md`## promptgate: nothing to do

The label ${inlineCode(label)} is not one promptgate reads; the \`promptgate\` check on ${inlineCode(headSha.slice(0, 7))} stands (${escapeInline(conclusion ?? "no conclusion")}).`;
}
