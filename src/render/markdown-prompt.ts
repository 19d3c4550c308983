// One prompt's section of the comment, at the detail a layout allows.
import type { PromptReport, ReviewReport } from "../core/report.js";
import { escapeInline, inlineCode } from "./escape.js";
import { renderCaseCounts, renderCaseGroups, renderRegressedIds } from "./markdown-cases.js";
import { hasDiffContent, renderDiffDetails } from "./markdown-diff.js";
import type { Layout } from "./markdown-layouts.js";
import { renderEstimateTable, renderReasons, renderStatsTable, renderWarnings } from "./markdown-sections.js";
import { describeLooks, PROMPT_EMOJI, PROMPT_LABEL } from "./verdict-text.js";

/** `### ❌ `prompts/a.prompt.yml` — regression`, with how the file changed when it is not a plain edit. */
export function renderPromptHeading(prompt: PromptReport): string {
  const kind = prompt.change === "modified" ? "" : ` (${prompt.change})`;
  return `### ${PROMPT_EMOJI[prompt.verdict]} ${inlineCode(prompt.path)} — ${PROMPT_LABEL[prompt.verdict]}${kind}`;
}

function renderChangeNote(prompt: PromptReport): string {
  const notes: string[] = [];
  if (prompt.previousPath) notes.push(`Renamed from ${inlineCode(prompt.previousPath)}.`);
  if (prompt.change === "deleted") notes.push("Deleted in this pull request: not run.");
  if (prompt.verdict === "not_evaluable") notes.push("No eval set: diff and cost estimate only.");
  if (prompt.change === "added" && prompt.head && !prompt.base) {
    notes.push("New prompt: measured on head only, against the minimum pass rate.");
  }
  return notes.join(" ");
}

function renderEstimate(prompt: PromptReport, layout: Layout): string {
  if (!prompt.estimate) return "";
  const table = renderEstimateTable(prompt.estimate);
  // Without measurements the estimate is the main news; otherwise it is background.
  if (!prompt.base && !prompt.head) return `**Cost estimate**\n\n${table}`;
  if (!layout.estimate) return "";
  return `<details><summary>Static cost estimate (before running)</summary>\n\n${table}\n\n</details>`;
}

/** The whole section: heading, stats, reasons, what would settle it, cases, diff, estimate, warnings. */
export function renderPromptSection(prompt: PromptReport, report: ReviewReport, layout: Layout): string {
  const reasons = renderReasons(prompt, layout.maxListItems);
  const blocks = [
    renderPromptHeading(prompt),
    renderChangeNote(prompt),
    renderStatsTable(prompt, report),
    reasons ? `**Why**\n\n${reasons}` : "",
    prompt.verdict === "inconclusive" && prompt.toSettle
      ? `**To settle it:** ${escapeInline(prompt.toSettle)}`
      : "",
    describeLooks(prompt) ? `**Rows asked:** ${describeLooks(prompt)}` : "",
    renderCaseCounts(prompt),
    layout.cases ? "" : renderRegressedIds(prompt),
    layout.diff && hasDiffContent(prompt.diff) ? renderDiffDetails(prompt.diff, layout.diff) : "",
    renderEstimate(prompt, layout),
    ...(layout.cases ? renderCaseGroups(prompt, layout.cases) : []),
    renderWarnings(prompt, layout.maxListItems),
  ];
  return blocks.filter((b) => b !== "").join("\n\n");
}
