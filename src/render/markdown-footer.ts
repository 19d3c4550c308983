// The comment's closing lines: run totals and spend, gate settings, and how to accept or roll back.

import { canAccept } from "../core/gate/conclusion.js";
import { intervalLevel } from "../core/gate/prompt-verdict.js";
import type { ReviewReport } from "../core/report.js";
import { escapeInline, inlineCode, trimText } from "./escape.js";
import { formatInt, formatSpent, shortSha } from "./format.js";
import { isStoppedEarly, sortPrompts } from "./verdict-text.js";

/** Which promptgate posts the text: the Action reads labels and inputs, the App reads `/promptgate` comments. */
export type ReviewShell = "action" | "app" | "cli";

export interface FooterOptions {
  /** Link to the workflow run or app log. */
  runUrl?: string;
  /** Label that accepts a failing review (config `labels.accept`). */
  acceptLabel: string;
  /** Set when a maintainer accepted the regression. */
  accepted?: { label: string; by?: string };
  /** Whose commands the hints name; the CLI's Markdown names both the Action's and the App's. */
  shell?: ReviewShell;
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

/** The confidence is one-sided, so the table's interval is the two-sided one with the same bounds. */
function gateLine(report: ReviewReport): string {
  const { margin, confidence, repeats, onInconclusive } = report.gate;
  const points = Math.round(margin * 1000) / 10;
  const level = Math.round(confidence * 100);
  const shown = Math.round(intervalLevel(confidence) * 100);
  const bounds = shown === level ? "" : ` (one-sided bounds, shown as a ${shown}% CI)`;
  const samples = `${repeats} ${repeats === 1 ? "sample" : "samples"} per case per version`;
  const { falseFailRate, detect } = report.gate;
  if (falseFailRate !== undefined && detect !== undefined) {
    const rate = Math.round(falseFailRate * 1000) / 10;
    const detected = Math.round(detect * 1000) / 10;
    return `**Gate:** fails on a significant pass-rate drop larger than ${points} points (a change that does nothing fails at most ${rate}% of the time), passes once a drop of ${detected} points is ruled out; intervals shown at ${shown}% · ${samples} · inconclusive → ${onInconclusive}`;
  }
  return `**Gate:** fails on a pass-rate drop larger than ${points} points, significant at ${level}%${bounds} · ${samples} · inconclusive → ${onInconclusive}`;
}

/** Who accepted the failing review, recorded in the comment itself. */
export function renderAcceptedLine(
  accepted: { label: string; by?: string },
  verdict: ReviewReport["verdict"] = "fail",
): string {
  const by = accepted.by ? ` by ${escapeInline(`@${accepted.by}`)}` : "";
  const what = verdict === "inconclusive" ? "inconclusive result" : "regression";
  return `✔️ **Accepted:** the ${what} was accepted with the ${inlineCode(accepted.label)} label${by}; the check passes.`;
}

function acceptLine(report: ReviewReport, options: FooterOptions): string | undefined {
  if (options.accepted || !canAccept(report)) return undefined;
  const label = inlineCode(options.acceptLabel);
  const command = inlineCode("/promptgate accept");
  const how: Record<ReviewShell, string> = {
    action: `add the ${label} label`,
    app: `add the ${label} label or comment ${command}`,
    cli: `add the ${label} label (with the promptgate App, commenting ${command} also works)`,
  };
  if (report.verdict === "fail") return `**To accept this regression**, ${how[options.shell ?? "cli"]}.`;
  return `**To accept this inconclusive result**, ${how[options.shell ?? "cli"]}: the gate fails inconclusive reviews (${inlineCode("onInconclusive: fail")}), and an accepted one passes the check.`;
}

function rollbackLine(report: ReviewReport, shell: ReviewShell): string | undefined {
  if (report.verdict !== "fail") return undefined;
  const failing = sortPrompts(report.prompts).filter((p) => p.verdict === "fail");
  const path = failing.length === 1 ? failing[0]!.path : "<path>";
  const command = inlineCode(`/promptgate rollback ${path}`);
  const inputs = `${inlineCode("mode: rollback")} and ${inlineCode(`prompt: ${path}`)}`;
  const how: Record<ReviewShell, string> = {
    action: `run the promptgate workflow with ${inputs}`,
    app: `comment ${command}`,
    cli: `run the Action with ${inputs}, or comment ${command} with the App`,
  };
  return `**To roll back** after merging, ${how[shell]}.`;
}

function incompleteLine(report: ReviewReport): string {
  if (!isStoppedEarly(report)) {
    return "⚠️ **Incomplete:** some samples could not be graded (see errors), so the review cannot pass.";
  }
  const budget = report.errors.some((e) => e.message.startsWith("Stopped by the budget"));
  return `⚠️ **Incomplete:** the review stopped before every call was made (${budget ? "budget" : "see errors"}), so it cannot pass.`;
}

/** Footer paragraphs after a rule: run totals, incomplete warning, gate settings, accept/rollback hints. */
export function renderFooter(report: ReviewReport, options: FooterOptions): string {
  const paragraphs = [runLine(report, options.runUrl)];
  if (report.incomplete) paragraphs.push(incompleteLine(report));
  if (!report.dryRun && report.verdict !== "skipped") paragraphs.push(gateLine(report));
  for (const line of [acceptLine(report, options), rollbackLine(report, options.shell ?? "cli")]) {
    if (line) paragraphs.push(line);
  }
  return `---\n\n${paragraphs.join("\n\n")}`;
}

/** The visible note that says what was left out to fit GitHub's limit. */
export function renderTrimNote(maxChars: number, limitName: string, leftOut: string): string {
  return `> ✂️ Output trimmed to fit ${limitName} ${formatInt(maxChars)}-character limit: ${leftOut}.`;
}
