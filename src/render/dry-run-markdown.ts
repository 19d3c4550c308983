// The dry-run report: prompt diffs and the static cost estimate, no model calls, so no stats to show.

import { plural } from "../core/format/count.js";
import { formatUsd } from "../core/format/money.js";
import type { PromptEstimate, PromptReport, ReviewReport } from "../core/report/report.js";
import { cutAtParagraph, escapeInline, inlineCode, joinMd, md, type SafeMarkdown } from "./escape.js";
import { COMMENT_MARKER, MAX_COMMENT_CHARS } from "./limits.js";
import { renderDiffDetails } from "./markdown-diff.js";
import { type ReviewShell, renderTrimNote } from "./markdown-footer.js";
import { renderErrors, renderEstimateTable, renderWarnings } from "./markdown-sections.js";
import { MARKDOWN_KIT } from "./text-kit.js";
import { describeError, sortPrompts, VERDICT_EMOJI } from "./verdict-text.js";

export interface DryRunOptions {
  maxChars?: number;
  /** Prepend `COMMENT_MARKER` (default true: a dry run can be posted as the sticky comment). */
  marker?: boolean;
  limitName?: string;
  /** The Action turns a dry run off with an input, the CLI with a flag. */
  shell?: ReviewShell;
}

/** Calls and the known part of the cost; `unknown` counts estimates whose price is not known. */
export function totalEstimate(estimates: readonly PromptEstimate[]): {
  calls: number;
  usd: number;
  unknown: number;
} {
  let calls = 0;
  let usd = 0;
  let unknown = 0;
  for (const e of estimates) {
    calls += e.evalCalls;
    if (e.evalCostUsd === null) unknown += 1;
    else usd += e.evalCostUsd;
  }
  return { calls, usd, unknown };
}

/** The estimated cost of a full review, shared by the Markdown and the terminal so they say the same. */
export function describeEstimatedCost(estimates: readonly PromptEstimate[]): string {
  const { usd, unknown } = totalEstimate(estimates);
  return describeCost(usd, unknown, estimates.length);
}

function describeCost(usd: number, unknown: number, count: number): string {
  if (unknown === 0) return `est. ${formatUsd(usd)}`;
  if (unknown === count) return "est. cost unknown (no price for the model)";
  return `est. ${formatUsd(usd)} plus ${plural(unknown, "prompt")} of unknown price`;
}

/** What a full review would cost, or "" when no prompt has an estimate. */
export function describeFullReview(report: ReviewReport): string {
  const estimates = report.prompts.flatMap((p) => (p.estimate ? [p.estimate] : []));
  if (estimates.length === 0) return "";
  const { calls } = totalEstimate(estimates);
  return `a full review would make at most ${plural(calls, "call")}, ${describeEstimatedCost(estimates)}`;
}

/** A dry run that hit an error did not do what it says on the tin: its headline says it could not run. */
function renderDryRunHeadline(report: ReviewReport): SafeMarkdown {
  if (report.verdict === "error") {
    const why = describeError(report, MARKDOWN_KIT);
    return md`${escapeInline(VERDICT_EMOJI.error)} **promptgate: dry run could not run** — ${why}`;
  }
  const changed = escapeInline(plural(report.prompts.length, "prompt"));
  const full = describeFullReview(report);
  const cost = full === "" ? md`` : md` · ${escapeInline(full)}`;
  return md`📝 **promptgate: dry run** — ${changed} changed${cost} (no model calls made)`;
}

/** `maxDiffChars` null leaves the diff out (last step before dropping whole sections). */
function renderDryRunSection(prompt: PromptReport, maxDiffChars: number | null): SafeMarkdown {
  const diff =
    maxDiffChars === null
      ? md``
      : renderDiffDetails(prompt.diff, {
          maxUnifiedChars: maxDiffChars,
          maxWordDiffChars: Math.ceil(maxDiffChars / 5),
          open: true,
        });
  const blocks = [
    md`### 📝 ${inlineCode(prompt.path)} — ${escapeInline(prompt.change)}`,
    prompt.previousPath ? md`Renamed from ${inlineCode(prompt.previousPath)}.` : md``,
    prompt.estimate ? renderEstimateTable(prompt.estimate) : md`No cost estimate for this prompt.`,
    diff,
    renderWarnings(prompt),
  ];
  return joinMd(
    blocks.filter((b) => b !== ""),
    "\n\n",
  );
}

function build(
  report: ReviewReport,
  options: DryRunOptions,
  maxDiffChars: number | null,
  note?: SafeMarkdown,
): SafeMarkdown {
  const headline = renderDryRunHeadline(report);
  const top = options.marker === false ? headline : md`${COMMENT_MARKER}\n${headline}`;
  const sections = sortPrompts(report.prompts).map((p) => renderDryRunSection(p, maxDiffChars));
  const how =
    options.shell === "action"
      ? md`Set the \`dry-run\` input to \`false\``
      : md`Run the review without \`--dry-run\``;
  const footer = md`---\n\nDry run: diffs and static estimates only. ${how} to evaluate.`;
  const blocks = [top, note ?? md``, renderErrors(report), ...sections, footer];
  return md`${joinMd(
    blocks.filter((b) => b !== ""),
    "\n\n",
  )}\n`;
}

/** Dry-run Markdown: headline with the estimated cost of a full review, then per prompt the estimate and the diff. */
export function renderDryRunMarkdown(report: ReviewReport, options: DryRunOptions = {}): SafeMarkdown {
  const max = options.maxChars ?? MAX_COMMENT_CHARS;
  const full = build(report, options, 20_000);
  if (full.length <= max) return full;
  const limitName = options.limitName ?? "GitHub's";
  // Diffs are what grows: shrink them per prompt until the whole fits.
  const room = Math.max(200, Math.floor((max - 4_000) / Math.max(1, report.prompts.length)) - 1_000);
  const note = renderTrimNote(max, limitName, `prompt diffs cut to about ${room} characters each`);
  const short = build(report, options, room, note);
  if (short.length <= max) return short;
  const bare = build(report, options, null, renderTrimNote(max, limitName, "prompt diffs left out"));
  if (bare.length <= max) return bare;
  // Without diffs nothing is fenced or collapsed, so cutting at a paragraph keeps the Markdown whole.
  return cutAtParagraph(bare, max);
}
