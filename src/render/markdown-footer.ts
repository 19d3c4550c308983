// The comment's closing lines: run totals and spend, gate settings, and how to accept or roll back.

import { formatInt, plural } from "../core/format/count.js";
import { shortSha } from "../core/format/ids.js";
import { formatSpent } from "../core/format/money.js";
import { canAccept } from "../core/gate/conclusion.js";
import { intervalLevel } from "../core/gate/interval-level.js";
import type { ReviewReport } from "../core/report/report.js";
import {
  escapeInline,
  inlineCode,
  joinMd,
  linkDestination,
  md,
  type SafeMarkdown,
  trimText,
} from "./escape.js";
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

function runLink(runUrl: string | undefined): SafeMarkdown {
  const url = linkDestination(runUrl);
  return url ? md` · [run log](${url})` : md``;
}

function runLine(report: ReviewReport, runUrl: string | undefined): SafeMarkdown {
  const { total, cached, failed, retried } = report.calls;
  const calls = escapeInline(
    `${plural(total, "model call")} (${formatInt(cached)} cached, ${formatInt(failed)} failed, ${formatInt(retried)} retried)`,
  );
  const refs = md`base ${inlineCode(trimText(report.base.ref, 80))} @ ${inlineCode(shortSha(report.base.sha))} → head ${inlineCode(trimText(report.head.ref, 80))} @ ${inlineCode(shortSha(report.head.sha))}`;
  const spent = escapeInline(formatSpent(report.costUsd, report.unpricedCalls));
  // Only a review with prompts priced anything; "no prompt changes" has nothing to attribute.
  const pricedBy =
    report.catalogue && report.prompts.length > 0
      ? md` · prices from ${inlineCode(trimText(`${report.catalogue.name} ${report.catalogue.version}`, 120))}`
      : md``;
  return md`**Run:** ${calls} · spent ${spent}${pricedBy} · ${refs}${runLink(runUrl)}`;
}

/** The confidence is one-sided, so the table's interval is the two-sided one with the same bounds. */
function gateLine(report: ReviewReport): SafeMarkdown {
  const { margin, confidence, repeats, onInconclusive } = report.gate;
  const points = Math.round(margin * 1000) / 10;
  const level = Math.round(confidence * 100);
  const shown = Math.round(intervalLevel(confidence) * 100);
  const bounds = shown === level ? md`` : md` (one-sided bounds, shown as a ${shown}% CI)`;
  const samples = escapeInline(`${plural(repeats, "sample")} per case per version`);
  const { falseFailRate, detect } = report.gate;
  if (falseFailRate !== undefined && detect !== undefined) {
    const rate = Math.round(falseFailRate * 1000) / 10;
    const detected = Math.round(detect * 1000) / 10;
    return md`**Gate:** fails on a significant pass-rate drop larger than ${points} points (a change that does nothing fails at most ${rate}% of the time), passes once a drop of ${detected} points is ruled out; intervals shown at ${shown}% · ${samples} · inconclusive → ${escapeInline(onInconclusive)}`;
  }
  return md`**Gate:** fails on a pass-rate drop larger than ${points} points, significant at ${level}%${bounds} · ${samples} · inconclusive → ${escapeInline(onInconclusive)}`;
}

/** Who accepted the failing review, recorded in the comment itself. */
export function renderAcceptedLine(
  accepted: { label: string; by?: string },
  verdict: ReviewReport["verdict"] = "fail",
): SafeMarkdown {
  const by = accepted.by ? md` by ${escapeInline(`@${accepted.by}`)}` : md``;
  const what = verdict === "inconclusive" ? md`inconclusive result` : md`regression`;
  return md`✔️ **Accepted:** the ${what} was accepted with the ${inlineCode(accepted.label)} label${by}; the check passes.`;
}

function acceptLine(report: ReviewReport, options: FooterOptions): SafeMarkdown | undefined {
  if (options.accepted || !canAccept(report)) return undefined;
  const label = inlineCode(options.acceptLabel);
  const command = inlineCode("/promptgate accept");
  const how: Record<ReviewShell, SafeMarkdown> = {
    action: md`add the ${label} label`,
    app: md`add the ${label} label or comment ${command}`,
    cli: md`add the ${label} label (with the promptgate App, commenting ${command} also works)`,
  };
  if (report.verdict === "fail") return md`**To accept this regression**, ${how[options.shell ?? "cli"]}.`;
  return md`**To accept this inconclusive result**, ${how[options.shell ?? "cli"]}: the gate fails inconclusive reviews (${inlineCode("onInconclusive: fail")}), and an accepted one passes the check.`;
}

function rollbackLine(report: ReviewReport, shell: ReviewShell): SafeMarkdown | undefined {
  if (report.verdict !== "fail") return undefined;
  const failing = sortPrompts(report.prompts).filter((p) => p.verdict === "fail");
  const path = failing.length === 1 ? failing[0]!.path : "<path>";
  const command = inlineCode(`/promptgate rollback ${path}`);
  const inputs = md`${inlineCode("mode: rollback")} and ${inlineCode(`prompt: ${path}`)}`;
  const how: Record<ReviewShell, SafeMarkdown> = {
    action: md`run the promptgate workflow with ${inputs}`,
    app: md`comment ${command}`,
    cli: md`run the Action with ${inputs}, or comment ${command} with the App`,
  };
  return md`**To roll back** after merging, ${how[shell]}.`;
}

function incompleteLine(report: ReviewReport): SafeMarkdown {
  if (!isStoppedEarly(report)) {
    return md`⚠️ **Incomplete:** some samples could not be graded (see errors), so the review cannot pass.`;
  }
  const budget = report.errors.some((e) => e.message.startsWith("Stopped by the budget"));
  return md`⚠️ **Incomplete:** the review stopped before every call was made (${budget ? md`budget` : md`see errors`}), so it cannot pass.`;
}

/** Footer paragraphs after a rule: run totals, incomplete warning, gate settings, accept/rollback hints. */
export function renderFooter(report: ReviewReport, options: FooterOptions): SafeMarkdown {
  const paragraphs = [runLine(report, options.runUrl)];
  if (report.incomplete) paragraphs.push(incompleteLine(report));
  if (!report.dryRun && report.verdict !== "skipped") paragraphs.push(gateLine(report));
  for (const line of [acceptLine(report, options), rollbackLine(report, options.shell ?? "cli")]) {
    if (line) paragraphs.push(line);
  }
  return md`---\n\n${joinMd(paragraphs, "\n\n")}`;
}

/** The visible note that says what was left out to fit GitHub's limit. */
export function renderTrimNote(maxChars: number, limitName: string, leftOut: string): SafeMarkdown {
  return md`> ✂️ Output trimmed to fit ${escapeInline(`${limitName} ${formatInt(maxChars)}`)}-character limit: ${escapeInline(leftOut)}.`;
}
