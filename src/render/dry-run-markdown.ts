// The dry-run report: prompt diffs and the static cost estimate, no model calls, so no stats to show.
import type { PromptEstimate, PromptReport, ReviewReport } from "../core/report.js";
import { inlineCode } from "./escape.js";
import { formatUsd, plural } from "./format.js";
import { COMMENT_MARKER, MAX_COMMENT_CHARS } from "./limits.js";
import { renderDiffDetails } from "./markdown-diff.js";
import { type ReviewShell, renderTrimNote } from "./markdown-footer.js";
import { renderErrors, renderEstimateTable, renderWarnings } from "./markdown-sections.js";
import { sortPrompts } from "./verdict-text.js";

export interface DryRunOptions {
  maxChars?: number;
  /** Prepend `COMMENT_MARKER` (default true: a dry run can be posted as the sticky comment). */
  marker?: boolean;
  limitName?: string;
  /** The Action turns a dry run off with an input, the CLI with a flag. */
  shell?: ReviewShell;
}

/** Calls and the known part of the cost; `unknown` counts estimates whose price is not known. */
function totalEstimate(estimates: PromptEstimate[]): { calls: number; usd: number; unknown: number } {
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

function describeCost(usd: number, unknown: number, count: number): string {
  if (unknown === 0) return `est. ${formatUsd(usd)}`;
  if (unknown === count) return "est. cost unknown (no price for the model)";
  return `est. ${formatUsd(usd)} plus ${plural(unknown, "prompt")} of unknown price`;
}

function renderDryRunHeadline(report: ReviewReport): string {
  const estimates = report.prompts.flatMap((p) => (p.estimate ? [p.estimate] : []));
  const { calls, usd, unknown } = totalEstimate(estimates);
  const changed = plural(report.prompts.length, "prompt");
  const cost =
    estimates.length > 0
      ? ` · a full review would make at most ${plural(calls, "call")}, ${describeCost(usd, unknown, estimates.length)}`
      : "";
  return `📝 **promptgate: dry run** — ${changed} changed${cost} (no model calls made)`;
}

/** `maxDiffChars` null leaves the diff out (last step before dropping whole sections). */
function renderDryRunSection(prompt: PromptReport, maxDiffChars: number | null): string {
  const diff =
    maxDiffChars === null
      ? ""
      : renderDiffDetails(prompt.diff, {
          maxUnifiedChars: maxDiffChars,
          maxWordDiffChars: Math.ceil(maxDiffChars / 5),
          open: true,
        });
  const blocks = [
    `### 📝 ${inlineCode(prompt.path)} — ${prompt.change}`,
    prompt.previousPath ? `Renamed from ${inlineCode(prompt.previousPath)}.` : "",
    prompt.estimate ? renderEstimateTable(prompt.estimate) : "No cost estimate for this prompt.",
    diff,
    renderWarnings(prompt),
  ];
  return blocks.filter((b) => b !== "").join("\n\n");
}

function build(
  report: ReviewReport,
  options: DryRunOptions,
  maxDiffChars: number | null,
  note?: string,
): string {
  const headline = renderDryRunHeadline(report);
  const top = options.marker === false ? headline : `${COMMENT_MARKER}\n${headline}`;
  const sections = sortPrompts(report.prompts).map((p) => renderDryRunSection(p, maxDiffChars));
  const how =
    options.shell === "action" ? "Set the `dry-run` input to `false`" : "Run the review without `--dry-run`";
  const footer = `---\n\nDry run: diffs and static estimates only. ${how} to evaluate.`;
  const blocks = [top, note ?? "", renderErrors(report), ...sections, footer];
  return `${blocks.filter((b) => b !== "").join("\n\n")}\n`;
}

/** Dry-run Markdown: headline with the estimated cost of a full review, then per prompt the estimate and the diff. */
export function renderDryRunMarkdown(report: ReviewReport, options: DryRunOptions = {}): string {
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
  const cut = bare.slice(0, max - 2).lastIndexOf("\n\n");
  return `${bare.slice(0, Math.max(0, cut))}\n`;
}
