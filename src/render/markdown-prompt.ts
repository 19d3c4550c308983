// One prompt's section of the comment, at the detail a layout allows.
import type { PromptReport, ReviewReport } from "../core/report/report.js";
import { escapeInline, inlineCode, joinMd, linkDestination, md, type SafeMarkdown } from "./escape.js";
import { renderCaseCounts, renderCaseGroups, renderRegressedIds } from "./markdown-cases.js";
import { hasDiffContent, renderDiffDetails } from "./markdown-diff.js";
import type { Layout } from "./markdown-layouts.js";
import { renderEstimateTable, renderReasons, renderStatsTable, renderWarnings } from "./markdown-sections.js";
import { describeLooks, PROMPT_EMOJI, PROMPT_LABEL } from "./verdict-text.js";

/** `### ❌ `prompts/a.prompt.yml` — regression`, with how the file changed when it is not a plain edit. */
export function renderPromptHeading(prompt: PromptReport): SafeMarkdown {
  const kind = prompt.change === "modified" ? md`` : md` (${escapeInline(prompt.change)})`;
  const label = escapeInline(`${PROMPT_EMOJI[prompt.verdict]}`);
  return md`### ${label} ${inlineCode(prompt.path)} — ${escapeInline(PROMPT_LABEL[prompt.verdict])}${kind}`;
}

function renderChangeNote(prompt: PromptReport): SafeMarkdown {
  const notes: SafeMarkdown[] = [];
  if (prompt.previousPath) notes.push(md`Renamed from ${inlineCode(prompt.previousPath)}.`);
  if (prompt.change === "deleted") notes.push(md`Deleted in this pull request: not run.`);
  if (prompt.verdict === "not_evaluable") notes.push(md`No eval set: diff and cost estimate only.`);
  if (prompt.change === "added" && prompt.head && !prompt.base) {
    notes.push(md`New prompt: measured on head only, against the minimum pass rate.`);
  }
  return joinMd(notes, " ");
}

function renderEstimate(prompt: PromptReport, layout: Layout): SafeMarkdown {
  if (!prompt.estimate) return md``;
  const table = renderEstimateTable(prompt.estimate);
  // Without measurements the estimate is the main news; otherwise it is background.
  if (!prompt.base && !prompt.head) return md`**Cost estimate**\n\n${table}`;
  if (!layout.estimate) return md``;
  return md`<details><summary>Static cost estimate (before running)</summary>\n\n${table}\n\n</details>`;
}

/** `**Compare base and head:** [Langfuse](…) · [LangSmith](…)`: the experiment tools' comparison views. */
export function renderExperimentLinks(prompt: PromptReport): SafeMarkdown {
  const links = (prompt.experiments ?? []).map(({ vendor, url }) => {
    const target = linkDestination(url);
    // A URL the sanitiser refuses is not linked; the vendor's name still says where the runs went.
    return target ? md`[${escapeInline(vendor)}](${target})` : escapeInline(vendor);
  });
  return links.length > 0 ? md`**Compare base and head:** ${joinMd(links, " · ")}` : md``;
}

/** The whole section: heading, stats, reasons, what would settle it, cases, diff, estimate, warnings. */
export function renderPromptSection(
  prompt: PromptReport,
  report: ReviewReport,
  layout: Layout,
): SafeMarkdown {
  const reasons = renderReasons(prompt, layout.maxListItems);
  const blocks = [
    renderPromptHeading(prompt),
    renderChangeNote(prompt),
    renderStatsTable(prompt, report),
    reasons ? md`**Why**\n\n${reasons}` : md``,
    prompt.verdict === "inconclusive" && prompt.toSettle
      ? md`**To settle it:** ${escapeInline(prompt.toSettle)}`
      : md``,
    describeLooks(prompt) ? md`**Rows asked:** ${escapeInline(describeLooks(prompt))}` : md``,
    renderExperimentLinks(prompt),
    renderCaseCounts(prompt),
    layout.cases ? md`` : renderRegressedIds(prompt),
    layout.diff && hasDiffContent(prompt.diff) ? renderDiffDetails(prompt.diff, layout.diff) : md``,
    renderEstimate(prompt, layout),
    ...(layout.cases ? renderCaseGroups(prompt, layout.cases) : []),
    renderWarnings(prompt, layout.maxListItems),
  ];
  return joinMd(
    blocks.filter((b) => b !== ""),
    "\n\n",
  );
}
