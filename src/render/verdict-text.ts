// Words and symbols for verdicts, and the one-line headline shared by the comment, the check title and the terminal.

import { plural } from "../core/format/count.js";
import { formatPassRate, formatRate } from "../core/format/percent.js";
import { formatInterval, formatPoints, formatPointsValue } from "../core/format/points.js";
import { isPassRateRegression } from "../core/gate/conclusion.js";
import { intervalLevel } from "../core/gate/interval-level.js";
import type { PromptReport, PromptVerdict, ReviewReport, Verdict } from "../core/report/report.js";
import type { SafeMarkdown } from "./escape.js";
import { MARKDOWN_KIT, PLAIN_KIT, type TextKit } from "./text-kit.js";

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

/** What happened to one prompt, in a few words (no path). */
export function describePrompt<T extends string>(
  prompt: PromptReport,
  report: ReviewReport,
  k: TextKit<T>,
): T {
  const { base, head, delta } = prompt;
  const firstReason = prompt.reasons[0] !== undefined ? k.reason(prompt.reasons[0]) : undefined;
  if (prompt.change === "deleted")
    return prompt.verdict === "skipped" ? k.t`deleted, not run` : k.t`deleted: eval set removed`;
  if (prompt.verdict === "not_evaluable") return k.t`no eval set: diff and cost estimate only`;
  if (!base && head && (prompt.verdict === "pass" || prompt.verdict === "fail")) {
    const why = firstReason && prompt.verdict === "fail" ? k.t` (${firstReason})` : k.t``;
    return k.t`new prompt passes ${k.text(formatRate(head.passRate))} of samples${why}`;
  }
  if (prompt.verdict === "fail" && base && head && isPassRateRegression(prompt, report.gate.margin)) {
    const points = formatPointsValue(-delta!.passRate).replace(/^[+±]/, "");
    const fell = k.text(`${points} ${points === "1" ? "point" : "points"}`);
    return k.t`pass rate fell ${fell} (${k.text(formatRate(base.passRate))} → ${k.text(formatRate(head.passRate))})`;
  }
  if (prompt.verdict === "inconclusive" && delta) {
    const level = Math.round(intervalLevel(report.gate.confidence) * 100);
    return k.t`pass rate ${k.text(formatPoints(delta.passRate))} (${level}% CI ${k.text(formatInterval(delta.passRateCI))} pts), not enough evidence`;
  }
  if (prompt.verdict === "pass" && base && head) {
    return k.t`pass rate ${k.text(formatPassRate(base))} → ${k.text(formatPassRate(head))}`;
  }
  return firstReason ?? k.text(PROMPT_LABEL[prompt.verdict]);
}

function describeMany<T extends string>(
  report: ReviewReport,
  verdict: PromptVerdict,
  noun: string,
  k: TextKit<T>,
): T {
  const hits = sortPrompts(report.prompts).filter((p) => p.verdict === verdict);
  const [only] = hits;
  if (only && hits.length === 1) return k.t`${k.code(only.path)} ${describePrompt(only, report, k)}`;
  const named = k.join(
    hits.slice(0, 3).map((p) => k.code(p.path)),
    ", ",
  );
  const more = hits.length > 3 ? k.t` and ${hits.length - 3} more` : k.t``;
  return k.t`${hits.length} of ${k.text(plural(report.prompts.length, "prompt"))} ${k.text(noun)}: ${named}${more}`;
}

/** The first error, located, for the headline of a review that could not run. */
export function describeError<T extends string>(report: ReviewReport, k: TextKit<T>): T {
  const [first] = report.errors;
  if (first) {
    const where = first.path
      ? k.t`${k.code(`${first.path}${first.line !== undefined ? `:${first.line}` : ""}`)}: `
      : k.t``;
    return k.t`${where}${k.text(first.message)}`;
  }
  return describeMany(report, "error", "could not be reviewed", k);
}

/** Why a review with changed prompts evaluated none of them: deleted, renamed as is, no eval set, dry run. */
function describeSkipped<T extends string>(report: ReviewReport, k: TextKit<T>): T {
  const { prompts } = report;
  if (prompts.length === 0) return k.t`no prompt files changed in this pull request`;
  if (report.dryRun) return k.t`${k.text(plural(prompts.length, "prompt"))} changed, no model calls made`;
  const deleted = prompts.filter((p) => p.change === "deleted");
  const renamed = prompts.filter((p) => p.change === "renamed" && p.verdict === "skipped");
  const noEvalSet = prompts.filter((p) => p.change !== "deleted" && p.verdict === "not_evaluable");
  const other = prompts.filter((p) => !deleted.includes(p) && !renamed.includes(p) && !noEvalSet.includes(p));
  const parts: T[] = [];
  if (deleted.length > 0) parts.push(k.text(`${plural(deleted.length, "prompt")} deleted`));
  if (renamed.length > 0) parts.push(k.text(`${plural(renamed.length, "prompt")} renamed without changes`));
  if (noEvalSet.length > 0) parts.push(k.text(`${plural(noEvalSet.length, "prompt")} without an eval set`));
  const [only] = other;
  if (only && other.length === 1) {
    const why = only.reasons[0] !== undefined ? k.reason(only.reasons[0]) : k.t`not run`;
    parts.push(k.t`${k.code(only.path)} ${why}`);
  } else if (other.length > 1) parts.push(k.text(`${plural(other.length, "prompt")} not run`));
  return k.join(parts, ", ");
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
export function describeReport<T extends string>(report: ReviewReport, k: TextKit<T>): T {
  switch (report.verdict) {
    case "skipped":
      return describeSkipped(report, k);
    case "error":
      return describeError(report, k);
    case "fail":
      return describeMany(report, "fail", "failed the gate", k);
    case "inconclusive":
      return describeMany(report, "inconclusive", "inconclusive", k);
    case "pass": {
      const reviewed = report.prompts.filter((p) => p.verdict === "pass").length;
      const other = report.prompts.length - reviewed;
      const notEvaluated = other > 0 ? k.t` (${other} not evaluated)` : k.t``;
      return k.t`${k.text(plural(reviewed, "prompt"))} reviewed, no regression${notEvaluated}`;
    }
  }
}

/** The verdict line: `❌ **promptgate: regression** — …` in Markdown, `Regression: …` in plain text. */
export function buildHeadline(report: ReviewReport, style: "markdown"): SafeMarkdown;
export function buildHeadline(report: ReviewReport, style: "plain"): string;
export function buildHeadline(report: ReviewReport, style: TextStyle): string {
  return style === "plain"
    ? writeHeadline(report, PLAIN_KIT, true)
    : writeHeadline(report, MARKDOWN_KIT, false);
}

function writeHeadline<T extends string>(report: ReviewReport, k: TextKit<T>, plain: boolean): T {
  const detail = describeReport(report, k);
  const incomplete = report.incomplete ? k.t` (incomplete: ${k.text(describeIncomplete(report))})` : k.t``;
  const label = buildVerdictLabel(report);
  if (plain) return k.t`${k.text(`${label[0]!.toUpperCase()}${label.slice(1)}`)}: ${detail}${incomplete}`;
  return k.t`${k.text(VERDICT_EMOJI[report.verdict])} **promptgate: ${k.text(label)}** — ${detail}${incomplete}`;
}
