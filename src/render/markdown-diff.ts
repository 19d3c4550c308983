// The prompt diff in Markdown: structural changes as bullets, word changes per message, the unified diff fenced.

import { formatInt, plural } from "../core/format/count.js";
import { MINUS } from "../core/format/sign.js";
import type { MessageDiff, PromptDiffReport } from "../core/report/report.js";
import {
  escapeHtml,
  escapeInline,
  escapeLines,
  fencedBlock,
  inlineCode,
  joinMd,
  md,
  type SafeMarkdown,
  trimLines,
  trimStartMd,
} from "./escape.js";

export interface DiffRenderOptions {
  /** Characters of the unified diff kept (whole lines). */
  maxUnifiedChars: number;
  /** Characters of rendered word diff kept per message. */
  maxWordDiffChars: number;
  /** Render the `<details>` expanded (dry runs, where the diff is the point). */
  open?: boolean;
}

/** One part of a word diff, as `diff` and the report's `MessageDiff` hold it. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

function show(value: unknown): SafeMarkdown {
  if (value === undefined || value === null) return md`unset`;
  return inlineCode(typeof value === "string" ? value : JSON.stringify(value));
}

function codes(names: readonly string[]): SafeMarkdown {
  return joinMd(
    names.map((n) => inlineCode(n)),
    ", ",
  );
}

function describeResponseFormat(
  change: NonNullable<PromptDiffReport["responseFormatChanged"]>,
): SafeMarkdown {
  if (change.schemaChanged) return md`response format: ${show(change.to)}, schema changed`;
  return md`response format: ${show(change.from)} → ${show(change.to)}`;
}

/** Model, parameters, response format, variables, cases and evaluators that changed, one bullet each. */
export function renderStructuralChanges(diff: PromptDiffReport): SafeMarkdown {
  const items: SafeMarkdown[] = [];
  if (diff.modelChanged)
    items.push(md`model: ${show(diff.modelChanged.from)} → ${show(diff.modelChanged.to)}`);
  for (const p of diff.parametersChanged)
    items.push(md`${inlineCode(p.name)}: ${show(p.from)} → ${show(p.to)}`);
  if (diff.responseFormatChanged) items.push(describeResponseFormat(diff.responseFormatChanged));
  if (diff.variablesAdded.length > 0) items.push(md`variables added: ${codes(diff.variablesAdded)}`);
  if (diff.variablesRemoved.length > 0) items.push(md`variables removed: ${codes(diff.variablesRemoved)}`);
  const edited = diff.casesEdited ?? 0;
  if (diff.casesAdded > 0 || diff.casesRemoved > 0 || edited > 0) {
    const rows = escapeInline(
      `test rows: ${formatInt(diff.casesAdded)} added, ${formatInt(diff.casesRemoved)} removed`,
    );
    // The gate compares like with like: an edited row runs on both versions with the base's values.
    const note =
      edited > 0
        ? md`, ${escapeInline(formatInt(edited))} edited — edited rows are graded with the base's values`
        : md``;
    items.push(md`${rows}${note}`);
  }
  if (diff.evaluatorsAdded.length > 0) items.push(md`evaluators added: ${codes(diff.evaluatorsAdded)}`);
  if (diff.evaluatorsRemoved.length > 0) items.push(md`evaluators removed: ${codes(diff.evaluatorsRemoved)}`);
  return joinMd(
    items.map((item) => md`- ${item}`),
    "\n",
  );
}

const CONTEXT = 100;

/** The first `n` characters, moved back to the last word boundary so no word is cut in half. */
function keepStart(value: string, n: number): string {
  const cut = value.slice(0, n);
  if (/\s/.test(value[n] ?? " ")) return cut;
  const space = cut.search(/\s\S*$/);
  return space > 0 ? cut.slice(0, space) : cut;
}

/** The last `n` characters, moved forward to the next word boundary. */
function keepEnd(value: string, n: number): string {
  const cut = value.slice(-n);
  if (/\s/.test(value[value.length - n - 1] ?? " ")) return cut;
  const space = cut.search(/\s/);
  return space >= 0 ? cut.slice(space) : cut;
}

/** Long unchanged stretches shrink to their edges (whole words), so the eye lands on what changed. */
function shrinkUnchanged(value: string, first: boolean, last: boolean): string {
  if (value.length <= CONTEXT * 2 + 40) return value;
  const head = first ? "" : keepStart(value, CONTEXT);
  const tail = last ? "" : keepEnd(value, CONTEXT);
  return `${head} … ${tail}`;
}

/**
 * Changes separated only by whitespace read as one change: `<del>a b</del><ins>c d</ins>` rather than
 * `<del>a</del><ins>c</ins> <del>b</del><ins>d</ins>`.
 */
export function coalesceParts(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ value: removed, removed: true });
    if (added) out.push({ value: added, added: true });
    removed = "";
    added = "";
  };
  for (const [i, part] of parts.entries()) {
    const pending = removed !== "" || added !== "";
    const next = parts[i + 1];
    const bridge =
      !part.added && !part.removed && /^\s+$/.test(part.value) && next && (next.added || next.removed);
    if (part.removed) removed += part.value;
    else if (part.added) added += part.value;
    else if (pending && bridge) {
      removed += part.value;
      added += part.value;
    } else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out;
}

/**
 * A word diff as one paragraph: removed words in `<del>`, added in `<ins>`, long unchanged stretches
 * shortened. Stops between parts, never inside a word, with a visible note once `maxChars` is reached.
 */
export function renderDiffParts(changes: readonly DiffPart[], maxChars: number): SafeMarkdown {
  const parts = coalesceParts(changes);
  const pieces: SafeMarkdown[] = [];
  let size = 0;
  for (const [i, part] of parts.entries()) {
    let piece: SafeMarkdown;
    if (part.added) piece = md`<ins>${escapeLines(part.value)}</ins>`;
    else if (part.removed) piece = md`<del>${escapeLines(part.value)}</del>`;
    else piece = escapeLines(shrinkUnchanged(part.value, i === 0, i === parts.length - 1));
    if (size + piece.length > maxChars) {
      const left = parts.slice(i).filter((p) => p.added || p.removed).length;
      const what = left > 0 ? md`: ${escapeInline(plural(left, "more change"))} not shown` : md``;
      pieces.push(md` … (diff cut${what})`);
      break;
    }
    size += piece.length;
    pieces.push(piece);
  }
  // Leading spaces would turn the paragraph into an indented code block.
  return trimStartMd(joinMd(pieces, ""));
}

/** One message's word-level diff as a paragraph: removed words in `<del>`, added in `<ins>`. */
export function renderWordDiff(message: MessageDiff, maxChars: number): SafeMarkdown {
  const paragraph = renderDiffParts(message.parts, maxChars);
  return md`${inlineCode(message.label)}\n\n${paragraph === "" ? md`(no text)` : paragraph}`;
}

/** `+12 −3 lines` from the unified diff's body (file headers excluded). */
export function countDiffLines(unified: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of unified.split("\n")) {
    if (line.startsWith("+++") || line.startsWith("---")) continue;
    if (line.startsWith("+")) added += 1;
    else if (line.startsWith("-")) removed += 1;
  }
  return { added, removed };
}

function summaryOf(diff: PromptDiffReport): string {
  const { added, removed } = countDiffLines(diff.unified);
  if (added === 0 && removed === 0) return "Prompt diff: no line changes";
  const lines = `+${added} ${MINUS}${removed} ${added + removed === 1 ? "line" : "lines"}`;
  const changed = diff.messages.filter((m) => m.parts.some((p) => p.added || p.removed)).length;
  return `Prompt diff: ${lines}${changed > 0 ? `, ${plural(changed, "message")} changed` : ""}`;
}

/** False when there is nothing to show (e.g. a prompt whose head could not be read). */
export function hasDiffContent(diff: PromptDiffReport): boolean {
  return diff.unified.trim() !== "" || renderStructuralChanges(diff) !== "" || diff.messages.length > 0;
}

/** The whole diff collapsed in a `<details>` block; balanced whatever the content. */
export function renderDiffDetails(diff: PromptDiffReport, options: DiffRenderOptions): SafeMarkdown {
  const blocks: SafeMarkdown[] = [];
  const structural = renderStructuralChanges(diff);
  if (structural) blocks.push(md`**Changes**\n\n${structural}`);
  const changedMessages = diff.messages.filter((m) => m.parts.some((p) => p.added || p.removed));
  if (changedMessages.length > 0) {
    const words = changedMessages.map((m) => renderWordDiff(m, options.maxWordDiffChars));
    blocks.push(md`**Word changes**\n\n${joinMd(words, "\n\n")}`);
  }
  if (diff.unified.trim() !== "")
    blocks.push(fencedBlock(trimLines(diff.unified, options.maxUnifiedChars), "diff"));
  if (blocks.length === 0) blocks.push(md`The prompt file's text did not change.`);
  const open = options.open ? md` open` : md``;
  return md`<details${open}><summary>${escapeHtml(summaryOf(diff))}</summary>\n\n${joinMd(blocks, "\n\n")}\n\n</details>`;
}
