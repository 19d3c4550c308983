// Check-run annotations: regressed cases at their test row, verdict reasons at the changed lines, errors where they are.
import { formatDiagnostic } from "../core/diagnostics.js";
import { plural } from "../core/format/count.js";
import { formatRate } from "../core/format/percent.js";
import type { CaseReport, PromptReport, ReviewReport } from "../core/report/report.js";
import { plainText, trimText } from "./escape.js";
import { MAX_ANNOTATIONS_PER_REQUEST, MAX_CHECK_TITLE_CHARS } from "./limits.js";
import { listCaseGroup } from "./markdown-cases.js";
import { findAddedLineRanges, findTestRowLines } from "./source-lines.js";

export type AnnotationLevel = "failure" | "warning" | "notice";

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

export interface AnnotationOptions {
  /** 1-based line of each test row by prompt path and case id, when the parser knows it. */
  caseLines?: Record<string, Record<string, number>>;
}

const LEVEL_ORDER: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 };

function make(
  path: string,
  [start, end]: [number, number],
  level: AnnotationLevel,
  title: string,
  message: string,
): Annotation {
  return {
    path,
    start_line: start,
    end_line: end,
    annotation_level: level,
    // Titles and messages are plain text in GitHub's UI, but still shown to people: no hidden characters.
    title: plainText(trimText(title, MAX_CHECK_TITLE_CHARS - 30), "space"),
    message: plainText(trimText(message, 4_000)),
  };
}

function describeCase(c: CaseReport): string {
  const head = c.head?.outputs.find((o) => !o.pass);
  const failed = head?.failed.map((f) => `${f.evaluator}: ${f.reason}`).join("; ");
  const rates = `pass rate ${formatRate(c.base?.passRate ?? 0)} → ${formatRate(c.head?.passRate ?? 0)}`;
  const output = head ? `\nHead output: ${trimText(head.error ?? head.output, 300)}` : "";
  return `${rates}${failed ? `\nFailed: ${failed}` : ""}${output}`;
}

function caseLine(
  prompt: PromptReport,
  c: CaseReport,
  source: string | undefined,
  options: AnnotationOptions,
) {
  const known = options.caseLines?.[prompt.path]?.[c.id];
  if (known !== undefined) return known;
  return source === undefined ? undefined : findTestRowLines(source)[c.index];
}

function promptAnnotations(prompt: PromptReport, source: string | undefined, options: AnnotationOptions) {
  // Several prompts can share a file (promptfoo): annotations go to the file.
  const path = prompt.file ?? prompt.path;
  const changed = findAddedLineRanges(prompt.diff.unified)[0] ?? [1, 1];
  const out: Annotation[] = [];
  const failing = prompt.verdict === "fail";
  const unplaced: CaseReport[] = [];
  for (const c of listCaseGroup(prompt, "regressed")) {
    // The row's own file and line when the report knows them (a dataset row is in the dataset file).
    const file = c.at?.file ?? path;
    const line = c.at?.line ?? caseLine(prompt, c, source, options);
    if (line === undefined) unplaced.push(c);
    else
      out.push(
        make(file, [line, line], failing ? "failure" : "warning", `Regressed: ${c.id}`, describeCase(c)),
      );
  }
  if (unplaced.length > 0) {
    const ids = unplaced.map((c) => c.id).join(", ");
    out.push(
      make(path, changed, failing ? "failure" : "warning", plural(unplaced.length, "regressed case"), ids),
    );
  }
  if (prompt.verdict === "fail" || prompt.verdict === "inconclusive") {
    const level = prompt.verdict === "fail" ? "failure" : "notice";
    const message = [
      ...prompt.reasons,
      ...(prompt.toSettle ? [`To settle it: ${prompt.toSettle}`] : []),
    ].join("\n");
    out.push(make(path, changed, level, `promptgate: ${prompt.verdict}`, message || prompt.verdict));
  }
  for (const w of prompt.warnings) {
    if (w.line !== undefined)
      out.push(make(w.file, [w.line, w.line], "warning", "promptgate warning", formatDiagnostic(w)));
  }
  return out;
}

/** All annotations, sorted by path, line and severity so repeated runs send the same list. */
export function buildAnnotations(
  report: ReviewReport,
  sources: Record<string, string>,
  options: AnnotationOptions = {},
): Annotation[] {
  const list = report.prompts.flatMap((p) => promptAnnotations(p, sources[p.file ?? p.path], options));
  for (const e of report.errors) {
    // An error without a line still belongs to its file: pin it to the first line.
    if (e.path !== undefined) {
      const line = e.line ?? 1;
      list.push(make(e.path, [line, line], "failure", "promptgate error", e.message));
    }
  }
  return list.sort(
    (a, b) =>
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.start_line - b.start_line ||
      LEVEL_ORDER[a.annotation_level] - LEVEL_ORDER[b.annotation_level] ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
}

/** Splits annotations into request-sized batches (GitHub takes 50 per create/update call). */
export function chunkAnnotations<T>(list: readonly T[], size = MAX_ANNOTATIONS_PER_REQUEST): T[][] {
  if (size < 1) throw new RangeError(`chunk size must be at least 1, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < list.length; i += size) chunks.push(list.slice(i, i + size));
  return chunks;
}
