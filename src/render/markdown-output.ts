// A model's answer in the comment: wrapped, escaped text (fenced only when it is code or JSON), and the head
// answer marked word by word against the base answer of the same row.
import { diffWordsWithSpace } from "diff";
import { escapeLines, fencedBlock, md, type SafeMarkdown, trimStartMd, trimText } from "./escape.js";
import { type DiffPart, renderDiffParts } from "./markdown-diff.js";

/** Below this share of text in common, a word diff is noise: the head answer is shown as written. */
const MIN_SHARED = 0.4;

/** Short answers (a label, a number) always get their change marked, however different. */
const SHORT_ANSWER = 80;

/** How much of the head answer the base answer already had, whitespace aside. */
function sharedShare(parts: readonly DiffPart[], head: string): number {
  const kept = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.trim().length, 0);
  return head.trim().length === 0 ? 1 : kept / head.trim().length;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Answers that open like JSON (valid or cut off: a broken answer is still an attempt at JSON) or that hold
 * Markdown code fences read better as code.
 */
export function isCodeLike(text: string): boolean {
  return /^\s*[[{]/.test(text) || /^ {0,3}(```|~~~)/m.test(text);
}

/** One line of the paragraph source (`<br>` between lines), quoted so it stands apart from the labels. */
function quote(body: SafeMarkdown): SafeMarkdown {
  const text = trimStartMd(body);
  return md`> ${text === "" ? md`(empty answer)` : text}`;
}

/** An answer on its own, cut to `maxChars` with a visible note; code fenced, `json` when it parses. */
export function renderOutput(text: string, maxChars: number, asCode = isCodeLike(text)): SafeMarkdown {
  const shown = trimText(text, maxChars);
  if (asCode) return fencedBlock(shown, isJson(text) ? "json" : "");
  return quote(escapeLines(shown));
}

/**
 * The head answer with what changed from `base` marked: removed words in `<del>`, added in `<ins>`. Both are
 * cut to `maxChars` first, so the note of what was cut is part of the text. Code and JSON are fenced as the
 * base answer is, without marks; an answer with too little in common is shown as written, and says so.
 */
export function renderOutputChange(base: string, head: string, maxChars: number): SafeMarkdown {
  if (base === head) return md`${renderOutput(head, maxChars)}\n\n(the same answer as the base)`;
  if (isCodeLike(base) || isCodeLike(head)) return renderOutput(head, maxChars, true);
  const [before, after] = [trimText(base, maxChars), trimText(head, maxChars)];
  const parts = diffWordsWithSpace(before, after);
  const short = Math.max(before.length, after.length) <= SHORT_ANSWER;
  if (!short && sharedShare(parts, after) < MIN_SHARED) {
    return md`${renderOutput(head, maxChars)}\n\n(rewritten: too different from the base answer to mark word changes)`;
  }
  // Markup and kept context take room too: the cap is generous so the note rarely shows.
  return quote(renderDiffParts(parts, maxChars * 3));
}
