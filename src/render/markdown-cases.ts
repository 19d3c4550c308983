// Per-case Markdown: counts, and collapsed groups of cases with their inputs and base vs head outputs.
import type { CaseReport, PromptReport, SampleOutput } from "../core/report.js";
import { escapeHtml, escapeInline, fencedBlock, inlineCode, trimText } from "./escape.js";
import { formatInt, plural } from "./format.js";

/**
 * `still_failing`: unchanged between versions but failing on head, worth a look when space allows.
 * `added`: rows the change adds, run and reported but not gated; never counted as regressions.
 */
export type CaseGroup = "regressed" | "flaky" | "improved" | "still_failing" | "added";

export interface CaseDetailOptions {
  groups: readonly CaseGroup[];
  maxOutputChars: number;
  maxVarChars: number;
  maxCasesPerGroup: number;
}

const GROUP_TITLE: Record<CaseGroup, [emoji: string, one: string, many: string]> = {
  regressed: ["❌", "regressed case", "regressed cases"],
  flaky: ["🎲", "flaky case", "flaky cases"],
  improved: ["✅", "improved case", "improved cases"],
  still_failing: ["⚠️", "case failing before and after", "cases failing before and after"],
  added: [
    "🆕",
    "case added by this change (reported, not gated)",
    "cases added by this change (reported, not gated)",
  ],
};

/** A version of the case ran, yet none of its samples was graded (every call failed or was never sent). */
export function isUngraded(c: CaseReport): boolean {
  const sides = [c.base, c.head].filter((side) => side !== undefined);
  return sides.some((side) => !side.outputs.some((o) => o.error === undefined && !o.notRun));
}

function inGroup(c: CaseReport, group: CaseGroup): boolean {
  if (group === "added") return c.informational === true;
  // Ungraded cases compare nothing: the errors list says why, the groups would mislabel them.
  if (c.informational || isUngraded(c)) return false;
  if (group === "still_failing") return c.change === "unchanged" && (c.head?.passRate ?? 1) < 1;
  return c.change === group;
}

/** Cases of one group, in file order. */
export function listCaseGroup(prompt: PromptReport, group: CaseGroup): CaseReport[] {
  const hits = prompt.cases.filter((c) => inGroup(c, group));
  return hits.sort((a, b) => a.index - b.index || (a.id < b.id ? -1 : 1));
}

/**
 * `**Cases:** 3 regressed · 1 improved · 24 unchanged · 2 added by this change, not gated (30 in all)`;
 * "" when there are none. Gated, graded cases count by change; the rest are named for what they are.
 */
export function renderCaseCounts(prompt: PromptReport): string {
  if (prompt.cases.length === 0) return "";
  const gated = prompt.cases.filter((c) => !c.informational);
  const graded = gated.filter((c) => !isUngraded(c));
  const count = (change: CaseReport["change"]) => graded.filter((c) => c.change === change).length;
  const parts = (["regressed", "improved", "flaky", "unchanged"] as const)
    .map((change) => [change, count(change)] as const)
    .filter(([, n]) => n > 0)
    .map(([change, n]) => `${formatInt(n)} ${change}`);
  const ungraded = gated.length - graded.length;
  if (ungraded > 0) parts.push(`${formatInt(ungraded)} not graded`);
  const added = prompt.cases.length - gated.length;
  if (added > 0) parts.push(`${formatInt(added)} added by this change, not gated`);
  return `**Cases:** ${parts.join(" · ")} (${formatInt(prompt.cases.length)} in all)`;
}

/**
 * The sample that shows the change: a failing one on the side that got worse, a passing one on the better
 * side. A graded failure says more than a failed call, so it comes first.
 */
function pickSample(
  outputs: readonly SampleOutput[],
  preferFailing: boolean,
): [number, SampleOutput] | undefined {
  const graded = (o: SampleOutput) => o.error === undefined && !o.notRun;
  let index = outputs.findIndex((o) => graded(o) && o.pass !== preferFailing);
  if (index < 0) index = outputs.findIndex((o) => o.pass !== preferFailing);
  const chosen = Math.max(index, 0);
  const sample = outputs[chosen];
  return sample ? [chosen, sample] : undefined;
}

function describeSample(sample: SampleOutput, index: number, total: number): string {
  const which = `sample ${index + 1} of ${total}`;
  if (sample.error !== undefined) return `${which} · error: ${escapeInline(trimText(sample.error, 200))}`;
  if (sample.pass) return `${which} · passed`;
  const failed = sample.failed
    .slice(0, 3)
    .map((f) => `${inlineCode(f.evaluator)} (${escapeInline(trimText(f.reason, 160))})`)
    .join(", ");
  return `${which} · failed${failed ? ` ${failed}` : ""}`;
}

function renderSide(
  label: string,
  side: CaseReport["base"],
  preferFailing: boolean,
  maxChars: number,
): string | undefined {
  if (!side) return undefined;
  const picked = pickSample(side.outputs, preferFailing);
  if (!picked) return `**${label}**: no samples`;
  const [index, sample] = picked;
  const text =
    sample.error !== undefined && sample.output === "" ? `(no output: ${sample.error})` : sample.output;
  return `**${label}** — ${describeSample(sample, index, side.outputs.length)}\n\n${fencedBlock(trimText(text, maxChars))}`;
}

function passedCount(side: CaseReport["base"]): string {
  if (!side) return "—";
  const n = side.outputs.length;
  return `${Math.round(side.passRate * n)}/${n} passed`;
}

function renderInputs(vars: Record<string, string>, maxChars: number): string {
  const entries = Object.entries(vars);
  if (entries.length === 0) return "";
  const rows = entries.map(
    ([k, v]) =>
      `| ${inlineCode(k, { inTable: true })} | ${inlineCode(trimText(v, maxChars), { inTable: true })} |`,
  );
  return ["| input | value |", "| --- | --- |", ...rows].join("\n");
}

/**
 * One case: pass counts, inputs, and one base and one head output, each in its own fence. Under a failing
 * heading (`regressed`, `still_failing`) each side shows a failing sample whenever it has one.
 */
export function renderCase(c: CaseReport, options: CaseDetailOptions, group?: CaseGroup): string {
  const failing = group === "regressed" || group === "still_failing";
  const baseWorse = failing || (c.base !== undefined && c.base.passRate < (c.head?.passRate ?? 0));
  const headWorse = failing || !baseWorse;
  // Row numbers are what a reader finds in the file; the id is what pairs the row across versions.
  const name = `**Row ${c.index + 1}** ${inlineCode(trimText(c.id, 120))}`;
  const note = c.informational && group !== "added" ? " · added by this change: reported, not gated" : "";
  const title = c.base
    ? `${name} · base ${passedCount(c.base)} → head ${passedCount(c.head)}${note}`
    : `${name} · head ${passedCount(c.head)}${note}`;
  const blocks = [
    title,
    renderInputs(c.vars, options.maxVarChars),
    renderSide("Base", c.base, baseWorse, options.maxOutputChars),
    renderSide("Head", c.head, headWorse, options.maxOutputChars),
  ];
  return blocks.filter((b) => b !== undefined && b !== "").join("\n\n");
}

function renderGroup(group: CaseGroup, cases: CaseReport[], options: CaseDetailOptions): string {
  const headOnly = cases.every((c) => c.base === undefined);
  const [emoji, one, many] =
    group === "still_failing" && headOnly
      ? (["⚠️", "failing case", "failing cases"] as const)
      : GROUP_TITLE[group];
  const shown = cases.slice(0, options.maxCasesPerGroup);
  const body = shown.map((c) => renderCase(c, options, group));
  const rest = cases.slice(shown.length);
  if (rest.length > 0) {
    const ids = rest.slice(0, 50).map((c) => inlineCode(c.id));
    const etc = rest.length > ids.length ? ", …" : "";
    body.push(`… and ${plural(rest.length, one, many)} not shown: ${ids.join(", ")}${etc}`);
  }
  const summary = escapeHtml(`${emoji} ${plural(cases.length, one, many)}`);
  return `<details><summary>${summary}</summary>\n\n${body.join("\n\n---\n\n")}\n\n</details>`;
}

/** One collapsed block per requested group that has cases. */
export function renderCaseGroups(prompt: PromptReport, options: CaseDetailOptions): string[] {
  return options.groups
    .map((group) => [group, listCaseGroup(prompt, group)] as const)
    .filter(([, cases]) => cases.length > 0)
    .map(([group, cases]) => renderGroup(group, cases, options));
}

/** Regressed case ids on one line, for the summary-only layout. */
export function renderRegressedIds(prompt: PromptReport, max = 30): string {
  const cases = listCaseGroup(prompt, "regressed");
  if (cases.length === 0) return "";
  const ids = cases.slice(0, max).map((c) => inlineCode(c.id));
  const more = cases.length > max ? ` and ${formatInt(cases.length - max)} more` : "";
  return `Regressed: ${ids.join(", ")}${more}`;
}
