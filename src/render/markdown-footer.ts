// The comment's closing lines: run totals and spend, gate settings, and how to accept or roll back.
import type { ReviewReport } from "../core/report.js";
import { escapeInline, inlineCode, trimText } from "./escape.js";
import { formatInt, formatSpent, shortSha } from "./format.js";
import { sortPrompts } from "./verdict-text.js";

export interface FooterOptions {
  /** Link to the workflow run or app log. */
  runUrl?: string;
  /** Label that accepts a failing review (config `labels.accept`). */
  acceptLabel: string;
  /** Set when a maintainer accepted the regression. */
  accepted?: { label: string; by?: string };
}

/** Only plain http(s) URLs become links; anything else is dropped rather than escaped into a broken link. */
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s<>()[\]"'`]+$/.test(url)) return undefined;
  return url;
}

function runLine(report: ReviewReport, runUrl: string | undefined): string {
  const { total, cached, failed, retried } = report.calls;
  const calls = `${formatInt(total)} model calls (${formatInt(cached)} cached, ${formatInt(failed)} failed, ${formatInt(retried)} retried)`;
  const refs = `base ${inlineCode(trimText(report.base.ref, 80))} @ ${inlineCode(shortSha(report.base.sha))} → head ${inlineCode(trimText(report.head.ref, 80))} @ ${inlineCode(shortSha(report.head.sha))}`;
  const link = safeUrl(runUrl) ? ` · [run log](${runUrl})` : "";
  return `**Run:** ${calls} · spent ${formatSpent(report.costUsd, report.unpricedCalls)} · ${refs}${link}`;
}

function gateLine(report: ReviewReport): string {
  const { margin, confidence, repeats, onInconclusive } = report.gate;
  const points = Math.round(margin * 1000) / 10;
  return `**Gate:** fails on a pass-rate drop larger than ${points} points at ${Math.round(confidence * 100)}% confidence · ${repeats} ${repeats === 1 ? "sample" : "samples"} per case per version · inconclusive → ${onInconclusive}`;
}

/** Who accepted the regression, recorded in the comment itself. */
export function renderAcceptedLine(accepted: { label: string; by?: string }): string {
  const by = accepted.by ? ` by ${escapeInline(`@${accepted.by}`)}` : "";
  return `✔️ **Accepted:** the regression was accepted with the ${inlineCode(accepted.label)} label${by}; the check passes.`;
}

function actionLines(report: ReviewReport, options: FooterOptions): string[] {
  if (report.verdict !== "fail") return [];
  const failing = sortPrompts(report.prompts).filter((p) => p.verdict === "fail");
  const path = failing.length === 1 ? failing[0]!.path : "<path>";
  const lines: string[] = [];
  if (!options.accepted) {
    lines.push(
      `**To accept this regression**, add the ${inlineCode(options.acceptLabel)} label or comment ${inlineCode("/promptgate accept")}.`,
    );
  }
  lines.push(
    `**To roll back** after merging, comment ${inlineCode(`/promptgate rollback ${path}`)} or run the action with ${inlineCode("mode: rollback")}.`,
  );
  return lines;
}

/** Footer paragraphs after a rule: run totals, incomplete warning, gate settings, accept/rollback hints. */
export function renderFooter(report: ReviewReport, options: FooterOptions): string {
  const paragraphs = [runLine(report, options.runUrl)];
  if (report.incomplete) {
    paragraphs.push(
      "⚠️ **Incomplete:** the review stopped before every call was made (budget or errors), so it cannot pass.",
    );
  }
  if (!report.dryRun && report.verdict !== "skipped") paragraphs.push(gateLine(report));
  paragraphs.push(...actionLines(report, options));
  return `---\n\n${paragraphs.join("\n\n")}`;
}

/** The visible note that says what was left out to fit GitHub's limit. */
export function renderTrimNote(maxChars: number, limitName: string, leftOut: string): string {
  return `> ✂️ Output trimmed to fit ${limitName} ${formatInt(maxChars)}-character limit: ${leftOut}.`;
}
