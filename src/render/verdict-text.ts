// Words and symbols for verdicts, and the one-line headline shared by the comment, the check title and the terminal.

import { isPassRateRegression } from "../core/gate/conclusion.js";
import { intervalLevel } from "../core/gate/prompt-verdict.js";
import type { PromptReport, PromptVerdict, ReviewReport, Verdict } from "../core/report.js";
import { escapeInline, escapeInlineWithCode, inlineCode, trimText } from "./escape.js";
import {
  formatInterval,
  formatPassRate,
  formatPoints,
  formatPointsValue,
  formatRate,
  plural,
} from "./format.js";

/** Markdown text (escaped, paths in code spans) or plain text (check titles, terminal). */
export type TextStyle = "markdown" | "plain";

export const VERDICT_EMOJI: Record<Verdict, string> = {
  pass: "✅",
  fail: "❌",
  inconclusive: "⚠️",
  skipped: "⏭️",
  error: "💥",
};

export const VERDICT_LABEL: Record<Verdict, string> = {
  pass: "safe to merge",
  fail: "regression",
  inconclusive: "inconclusive",
  skipped: "no prompt changes",
  error: "review could not run",
};

export const PROMPT_EMOJI: Record<PromptVerdict, string> = { ...VERDICT_EMOJI, not_evaluable: "ℹ️" };

export const PROMPT_LABEL: Record<PromptVerdict, string> = {
  pass: "no regression",
  fail: "regression",
  inconclusive: "inconclusive",
  skipped: "not run",
  error: "could not run",
  not_evaluable: "no eval set",
};

/** Most urgent first, so the prompt that blocks the merge is the first one a reviewer reads. */
const SEVERITY: Record<PromptVerdict, number> = {
  fail: 0,
  error: 1,
  inconclusive: 2,
  pass: 3,
  not_evaluable: 4,
  skipped: 5,
};

/** Prompts ordered by severity, then path: the same order whatever order the report holds them in. */
export function sortPrompts(prompts: readonly PromptReport[]): PromptReport[] {
  return [...prompts].sort(
    (a, b) => SEVERITY[a.verdict] - SEVERITY[b.verdict] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/** Data-derived text for a one-line headline: escaped for Markdown, always short. */
function text(value: string, style: TextStyle): string {
  const short = trimText(value.replace(/\s*\r?\n\s*/g, " ").trim(), 300);
  return style === "markdown" ? escapeInline(short) : short;
}

/** A verdict reason: its `code` spans stay code in Markdown. */
function reasonText(value: string, style: TextStyle): string {
  const short = trimText(value.replace(/\s*\r?\n\s*/g, " ").trim(), 300);
  return style === "markdown" ? escapeInlineWithCode(short) : short;
}

function code(value: string, style: TextStyle): string {
  const short = trimText(value, 200);
  return style === "markdown" ? inlineCode(short) : short;
}

/** What happened to one prompt, in a few words (no path). */
export function describePrompt(prompt: PromptReport, report: ReviewReport, style: TextStyle): string {
  const { base, head, delta } = prompt;
  const firstReason = prompt.reasons[0] !== undefined ? reasonText(prompt.reasons[0], style) : undefined;
  if (prompt.change === "deleted") return "deleted, not run";
  if (prompt.verdict === "not_evaluable") return "no eval set: diff and cost estimate only";
  if (!base && head && (prompt.verdict === "pass" || prompt.verdict === "fail")) {
    return `new prompt passes ${formatRate(head.passRate)} of samples${firstReason && prompt.verdict === "fail" ? ` (${firstReason})` : ""}`;
  }
  if (prompt.verdict === "fail" && base && head && isPassRateRegression(prompt, report.gate.margin)) {
    const fell = formatPointsValue(-delta!.passRate).replace(/^[+±]/, "");
    return `pass rate fell ${fell} points (${formatRate(base.passRate)} → ${formatRate(head.passRate)})`;
  }
  if (prompt.verdict === "inconclusive" && delta) {
    const level = Math.round(intervalLevel(report.gate.confidence) * 100);
    return `pass rate ${formatPoints(delta.passRate)} (${level}% CI ${formatInterval(delta.passRateCI)} pts), not enough evidence`;
  }
  if (prompt.verdict === "pass" && base && head) {
    return `pass rate ${formatPassRate(base)} → ${formatPassRate(head)}`;
  }
  return firstReason ?? PROMPT_LABEL[prompt.verdict];
}

function describeMany(report: ReviewReport, verdict: PromptVerdict, noun: string, style: TextStyle): string {
  const hits = sortPrompts(report.prompts).filter((p) => p.verdict === verdict);
  const [only] = hits;
  if (only && hits.length === 1) return `${code(only.path, style)} ${describePrompt(only, report, style)}`;
  const named = hits.slice(0, 3).map((p) => code(p.path, style));
  const more = hits.length > 3 ? ` and ${hits.length - 3} more` : "";
  return `${hits.length} of ${plural(report.prompts.length, "prompt")} ${noun}: ${named.join(", ")}${more}`;
}

function describeError(report: ReviewReport, style: TextStyle): string {
  const [first] = report.errors;
  if (first) {
    const where = first.path
      ? `${code(`${first.path}${first.line !== undefined ? `:${first.line}` : ""}`, style)}: `
      : "";
    return `${where}${text(first.message, style)}`;
  }
  return describeMany(report, "error", "could not be reviewed", style);
}

/** Why a review with changed prompts evaluated none of them: deleted, renamed as is, no eval set, dry run. */
function describeSkipped(report: ReviewReport, style: TextStyle): string {
  const { prompts } = report;
  if (prompts.length === 0) return "no prompt files changed in this pull request";
  if (report.dryRun) return `${plural(prompts.length, "prompt")} changed, no model calls made`;
  const deleted = prompts.filter((p) => p.change === "deleted");
  const renamed = prompts.filter((p) => p.change === "renamed" && p.verdict === "skipped");
  const noEvalSet = prompts.filter((p) => p.change !== "deleted" && p.verdict === "not_evaluable");
  const other = prompts.filter((p) => !deleted.includes(p) && !renamed.includes(p) && !noEvalSet.includes(p));
  const parts: string[] = [];
  if (deleted.length > 0) parts.push(`${plural(deleted.length, "prompt")} deleted`);
  if (renamed.length > 0) parts.push(`${plural(renamed.length, "prompt")} renamed without changes`);
  if (noEvalSet.length > 0) parts.push(`${plural(noEvalSet.length, "prompt")} without an eval set`);
  const [only] = other;
  if (only && other.length === 1) {
    const why = only.reasons[0] !== undefined ? reasonText(only.reasons[0], style) : "not run";
    parts.push(`${code(only.path, style)} ${why}`);
  } else if (other.length > 1) parts.push(`${plural(other.length, "prompt")} not run`);
  return parts.join(", ");
}

/** The verdict in a few words; a skipped review with changed prompts did see prompt changes. */
export function buildVerdictLabel(report: ReviewReport): string {
  if (report.verdict !== "skipped" || report.prompts.length === 0) return VERDICT_LABEL[report.verdict];
  return report.dryRun ? "dry run" : "nothing to evaluate";
}

/** True when the review stopped sending calls (budget, a refusal), rather than some samples failing to grade. */
export function isStoppedEarly(report: ReviewReport): boolean {
  return report.errors.some((e) => e.message.startsWith("Stopped"));
}

/** Why the review is incomplete, for the headline: stopped early, or samples that could not be graded. */
export function describeIncomplete(report: ReviewReport): string {
  if (report.errors.some((e) => e.message.startsWith("Stopped by the budget"))) {
    return "stopped early by the budget";
  }
  if (isStoppedEarly(report)) return "stopped early";
  return "some samples could not be graded (see errors)";
}

const STOPPED: Record<NonNullable<PromptReport["sequential"]>["stoppedBecause"], string> = {
  fail: "stopped as soon as the regression was clear",
  pass: "stopped as soon as a large drop was ruled out",
  "last-look": "every planned look used",
  stopped: "the run stopped sending calls",
};

/** How far the sequential review went: rows asked of the eval set, looks used, why it stopped. */
export function describeLooks(prompt: PromptReport): string {
  const s = prompt.sequential;
  if (!s) return "";
  const looks = `look ${s.looksUsed} of ${s.plannedLooks.length}`;
  return `${s.cases} of ${s.totalCases} in a seeded order (${looks}; ${STOPPED[s.stoppedBecause]})`;
}

/** What the whole review found, in a few words (the headline after the verdict label). */
export function describeReport(report: ReviewReport, style: TextStyle): string {
  switch (report.verdict) {
    case "skipped":
      return describeSkipped(report, style);
    case "error":
      return describeError(report, style);
    case "fail":
      return describeMany(report, "fail", "failed the gate", style);
    case "inconclusive":
      return describeMany(report, "inconclusive", "inconclusive", style);
    case "pass": {
      const reviewed = report.prompts.filter((p) => p.verdict === "pass").length;
      const other = report.prompts.length - reviewed;
      return `${plural(reviewed, "prompt")} reviewed, no regression${other > 0 ? ` (${other} not evaluated)` : ""}`;
    }
  }
}

/** The verdict line: `❌ **promptgate: regression** — …` in Markdown, `Regression: …` in plain text. */
export function buildHeadline(report: ReviewReport, style: TextStyle): string {
  const detail = describeReport(report, style);
  const incomplete = report.incomplete ? ` (incomplete: ${describeIncomplete(report)})` : "";
  const label = buildVerdictLabel(report);
  if (style === "plain") return `${label[0]!.toUpperCase()}${label.slice(1)}: ${detail}${incomplete}`;
  return `${VERDICT_EMOJI[report.verdict]} **promptgate: ${label}** — ${detail}${incomplete}`;
}
