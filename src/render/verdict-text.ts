// Words and symbols for verdicts, and the one-line headline shared by the comment, the check title and the terminal.
import type { PromptReport, PromptVerdict, ReviewReport, Verdict } from "../core/report.js";
import { intervalLevel } from "../core/verdict.js";
import { escapeInline, inlineCode, trimText } from "./escape.js";
import { formatInterval, formatPoints, formatPointsValue, formatRate, plural } from "./format.js";

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

function code(value: string, style: TextStyle): string {
  const short = trimText(value, 200);
  return style === "markdown" ? inlineCode(short) : short;
}

/** True when the pass rate dropped significantly by more than the margin: the statistical regression. */
export function isPassRateRegression(prompt: PromptReport, margin: number): boolean {
  const d = prompt.delta;
  return d !== undefined && d.passRateCI[1] < 0 && -d.passRate > margin;
}

/** What happened to one prompt, in a few words (no path). */
export function describePrompt(prompt: PromptReport, report: ReviewReport, style: TextStyle): string {
  const { base, head, delta } = prompt;
  const firstReason = prompt.reasons[0] !== undefined ? text(prompt.reasons[0], style) : undefined;
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
    return `pass rate ${formatRate(base.passRate)} → ${formatRate(head.passRate)}`;
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

/** What the whole review found, in a few words (the headline after the verdict label). */
export function describeReport(report: ReviewReport, style: TextStyle): string {
  const count = report.prompts.length;
  switch (report.verdict) {
    case "skipped":
      return count === 0
        ? "no prompt files changed in this pull request"
        : `${plural(count, "prompt")} changed, nothing to evaluate`;
    case "error":
      return describeError(report, style);
    case "fail":
      return describeMany(report, "fail", "failed the gate", style);
    case "inconclusive":
      return describeMany(report, "inconclusive", "inconclusive", style);
    case "pass": {
      const reviewed = report.prompts.filter((p) => p.verdict === "pass").length;
      const other = count - reviewed;
      return `${plural(reviewed, "prompt")} reviewed, no regression${other > 0 ? ` (${other} not evaluated)` : ""}`;
    }
  }
}

/** The verdict line: `❌ **promptgate: regression** — …` in Markdown, `Regression: …` in plain text. */
export function buildHeadline(report: ReviewReport, style: TextStyle): string {
  const detail = describeReport(report, style);
  const incomplete = report.incomplete ? " (incomplete: the review stopped early)" : "";
  const label = VERDICT_LABEL[report.verdict];
  if (style === "plain") return `${label[0]!.toUpperCase()}${label.slice(1)}: ${detail}${incomplete}`;
  return `${VERDICT_EMOJI[report.verdict]} **promptgate: ${label}** — ${detail}${incomplete}`;
}
