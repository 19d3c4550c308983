// The prompt diff in Markdown: structural changes as bullets, word changes per message, the unified diff fenced.
import type { MessageDiff, PromptDiffReport } from "../core/report.js";
import { escapeHtml, escapeMarkdown, fencedBlock, inlineCode, trimLines } from "./escape.js";
import { formatInt, MINUS, plural } from "./format.js";

export interface DiffRenderOptions {
  /** Characters of the unified diff kept (whole lines). */
  maxUnifiedChars: number;
  /** Characters of rendered word diff kept per message. */
  maxWordDiffChars: number;
  /** Render the `<details>` expanded (dry runs, where the diff is the point). */
  open?: boolean;
}

function show(value: unknown): string {
  if (value === undefined || value === null) return "unset";
  return inlineCode(typeof value === "string" ? value : JSON.stringify(value));
}

function codes(names: readonly string[]): string {
  return names.map((n) => inlineCode(n)).join(", ");
}

/** Model, parameters, response format, variables, cases and evaluators that changed, one bullet each. */
export function renderStructuralChanges(diff: PromptDiffReport): string {
  const items: string[] = [];
  if (diff.modelChanged) items.push(`model: ${show(diff.modelChanged.from)} → ${show(diff.modelChanged.to)}`);
  for (const p of diff.parametersChanged)
    items.push(`${inlineCode(p.name)}: ${show(p.from)} → ${show(p.to)}`);
  if (diff.responseFormatChanged) {
    const { from, to } = diff.responseFormatChanged;
    items.push(`response format: ${show(from)} → ${show(to)}`);
  }
  if (diff.variablesAdded.length > 0) items.push(`variables added: ${codes(diff.variablesAdded)}`);
  if (diff.variablesRemoved.length > 0) items.push(`variables removed: ${codes(diff.variablesRemoved)}`);
  const edited = diff.casesEdited ?? 0;
  if (diff.casesAdded > 0 || diff.casesRemoved > 0 || edited > 0) {
    const rows = `test rows: ${formatInt(diff.casesAdded)} added, ${formatInt(diff.casesRemoved)} removed`;
    // The gate compares like with like: an edited row runs on both versions with the base's values.
    const note =
      edited > 0 ? `, ${formatInt(edited)} edited — edited rows are graded with the base's values` : "";
    items.push(`${rows}${note}`);
  }
  if (diff.evaluatorsAdded.length > 0) items.push(`evaluators added: ${codes(diff.evaluatorsAdded)}`);
  if (diff.evaluatorsRemoved.length > 0) items.push(`evaluators removed: ${codes(diff.evaluatorsRemoved)}`);
  return items.map((item) => `- ${item}`).join("\n");
}

const CONTEXT = 100;

/** Long unchanged stretches shrink to their edges, so the eye lands on what changed. */
function shrinkUnchanged(value: string, first: boolean, last: boolean): string {
  if (value.length <= CONTEXT * 2 + 40) return value;
  const head = first ? "" : value.slice(0, CONTEXT);
  const tail = last ? "" : value.slice(-CONTEXT);
  return `${head} … ${tail}`;
}

function inlineParagraph(value: string): string {
  return escapeMarkdown(value).replace(/\r?\n/g, "<br>");
}

/** One message's word-level diff as a paragraph: removed words in `<del>`, added in `<ins>`. */
export function renderWordDiff(message: MessageDiff, maxChars: number): string {
  let body = "";
  const { parts } = message;
  for (const [i, part] of parts.entries()) {
    let piece: string;
    if (part.added) piece = `<ins>${inlineParagraph(part.value)}</ins>`;
    else if (part.removed) piece = `<del>${inlineParagraph(part.value)}</del>`;
    else piece = inlineParagraph(shrinkUnchanged(part.value, i === 0, i === parts.length - 1));
    if (body.length + piece.length > maxChars) {
      body += " … (word diff cut)";
      break;
    }
    body += piece;
  }
  // Leading spaces would turn the paragraph into an indented code block.
  const paragraph = body.replace(/^\s+/, "");
  return `${inlineCode(message.label)}\n\n${paragraph === "" ? "(no text)" : paragraph}`;
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
export function renderDiffDetails(diff: PromptDiffReport, options: DiffRenderOptions): string {
  const blocks: string[] = [];
  const structural = renderStructuralChanges(diff);
  if (structural) blocks.push(`**Changes**\n\n${structural}`);
  const changedMessages = diff.messages.filter((m) => m.parts.some((p) => p.added || p.removed));
  if (changedMessages.length > 0) {
    const words = changedMessages.map((m) => renderWordDiff(m, options.maxWordDiffChars));
    blocks.push(`**Word changes**\n\n${words.join("\n\n")}`);
  }
  if (diff.unified.trim() !== "")
    blocks.push(fencedBlock(trimLines(diff.unified, options.maxUnifiedChars), "diff"));
  if (blocks.length === 0) blocks.push("The prompt file's text did not change.");
  const open = options.open ? " open" : "";
  return `<details${open}><summary>${escapeHtml(summaryOf(diff))}</summary>\n\n${blocks.join("\n\n")}\n\n</details>`;
}
