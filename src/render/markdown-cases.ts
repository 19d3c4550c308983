// Per-case Markdown: counts, and collapsed groups of cases with their inputs and base vs head outputs.

import { formatInt, plural } from "../core/format/count.js";
import type { CaseReport, PromptReport, SampleOutput } from "../core/report/report.js";
import { escapeHtml, escapeInline, inlineCode, joinMd, md, type SafeMarkdown, trimText } from "./escape.js";
import { renderOutput, renderOutputChange } from "./markdown-output.js";

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
export function renderCaseCounts(prompt: PromptReport): SafeMarkdown {
  if (prompt.cases.length === 0) return md``;
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
  return md`**Cases:** ${escapeInline(parts.join(" · "))} (${escapeInline(formatInt(prompt.cases.length))} in all)`;
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

function describeSample(sample: SampleOutput, index: number, total: number): SafeMarkdown {
  const which = md`sample ${index + 1} of ${total}`;
  if (sample.error !== undefined) return md`${which} · error: ${escapeInline(trimText(sample.error, 200))}`;
  if (sample.pass) return md`${which} · passed`;
  const failed = sample.failed
    .slice(0, 3)
    .map((f) => md`${inlineCode(f.evaluator)} (${escapeInline(trimText(f.reason, 160))})`);
  return failed.length > 0 ? md`${which} · failed ${joinMd(failed, ", ")}` : md`${which} · failed`;
}

/** The text a sample shows: its answer, or why there is none. */
function answerOf(sample: SampleOutput): string {
  return sample.error !== undefined && sample.output === "" ? `(no output: ${sample.error})` : sample.output;
}

type Picked = [index: number, sample: SampleOutput] | undefined;

/** A side's label line and answer; the head's answer is marked against the base answer shown above it. */
function renderSide(
  label: "Base" | "Head",
  side: CaseReport["base"],
  picked: Picked,
  maxChars: number,
  against?: SampleOutput,
): SafeMarkdown | undefined {
  if (!side) return undefined;
  if (!picked) return md`**${escapeInline(label)}**: no samples`;
  const [index, sample] = picked;
  const line = md`**${escapeInline(label)}** — ${describeSample(sample, index, side.outputs.length)}`;
  const comparable = against !== undefined && against.error === undefined && sample.error === undefined;
  const answer = comparable
    ? renderOutputChange(against.output, sample.output, maxChars)
    : renderOutput(answerOf(sample), maxChars);
  return md`${line}\n\n${answer}`;
}

function passedCount(side: CaseReport["base"]): string {
  if (!side) return "—";
  const n = side.outputs.length;
  return `${Math.round(side.passRate * n)}/${n} passed`;
}

function renderInputs(vars: Record<string, string>, maxChars: number): SafeMarkdown {
  const entries = Object.entries(vars);
  if (entries.length === 0) return md``;
  const rows = entries.map(
    ([k, v]) =>
      md`| ${inlineCode(k, { inTable: true })} | ${inlineCode(trimText(v, maxChars), { inTable: true })} |`,
  );
  return joinMd([md`| input | value |`, md`| --- | --- |`, ...rows], "\n");
}

/**
 * One case: pass counts, inputs, and one base and one head answer, the head's changes marked against the
 * base's. Under a failing heading (`regressed`, `still_failing`) each side shows a failing sample whenever it
 * has one.
 */
export function renderCase(c: CaseReport, options: CaseDetailOptions, group?: CaseGroup): SafeMarkdown {
  const failing = group === "regressed" || group === "still_failing";
  const baseWorse = failing || (c.base !== undefined && c.base.passRate < (c.head?.passRate ?? 0));
  const headWorse = failing || !baseWorse;
  // Row numbers are what a reader finds in the file; the id is what pairs the row across versions.
  const name = md`**Row ${c.index + 1}** ${inlineCode(trimText(c.id, 120))}`;
  const note = c.informational && group !== "added" ? md` · added by this change: reported, not gated` : md``;
  const title = c.base
    ? md`${name} · base ${escapeInline(passedCount(c.base))} → head ${escapeInline(passedCount(c.head))}${note}`
    : md`${name} · head ${escapeInline(passedCount(c.head))}${note}`;
  const base = c.base ? pickSample(c.base.outputs, baseWorse) : undefined;
  const head = c.head ? pickSample(c.head.outputs, headWorse) : undefined;
  const blocks = [
    title,
    renderInputs(c.vars, options.maxVarChars),
    renderSide("Base", c.base, base, options.maxOutputChars),
    renderSide("Head", c.head, head, options.maxOutputChars, base?.[1]),
  ];
  return joinMd(
    blocks.filter((b): b is SafeMarkdown => b !== undefined && b !== ""),
    "\n\n",
  );
}

function renderGroup(group: CaseGroup, cases: CaseReport[], options: CaseDetailOptions): SafeMarkdown {
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
    const etc = rest.length > ids.length ? md`, …` : md``;
    body.push(
      md`… and ${escapeInline(plural(rest.length, one, many))} not shown: ${joinMd(ids, ", ")}${etc}`,
    );
  }
  const summary = escapeHtml(`${emoji} ${plural(cases.length, one, many)}`);
  return md`<details><summary>${summary}</summary>\n\n${joinMd(body, "\n\n---\n\n")}\n\n</details>`;
}

/** One collapsed block per requested group that has cases. */
export function renderCaseGroups(prompt: PromptReport, options: CaseDetailOptions): SafeMarkdown[] {
  return options.groups
    .map((group) => [group, listCaseGroup(prompt, group)] as const)
    .filter(([, cases]) => cases.length > 0)
    .map(([group, cases]) => renderGroup(group, cases, options));
}

/** Regressed case ids on one line, for the summary-only layout. */
export function renderRegressedIds(prompt: PromptReport, max = 30): SafeMarkdown {
  const cases = listCaseGroup(prompt, "regressed");
  if (cases.length === 0) return md``;
  const ids = cases.slice(0, max).map((c) => inlineCode(c.id));
  const more = cases.length > max ? md` and ${escapeInline(formatInt(cases.length - max))} more` : md``;
  return md`Regressed: ${joinMd(ids, ", ")}${more}`;
}
