// Escaping for everything model- or user-written that lands in GitHub Markdown: no HTML, no pings, no forged markers.

const ZWSP = "\u200B";

/** Breaks `@name` mentions and `#123`, `owner/repo#123`, `GH-123` references so GitHub neither links nor notifies. */
export function neutraliseReferences(text: string): string {
  return text
    .replace(/@(?=[\w-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`);
}

/**
 * Breaks HTML comment openers, so text shown literally (code blocks, inline code) can never contain our
 * hidden marker or any other comment a later reader might match on.
 */
export function neutraliseComments(text: string): string {
  return text.replace(/<!--/g, `<!${ZWSP}--`);
}

/** For HTML contexts (`<summary>`): entities only, since Markdown is not parsed there. */
export function escapeHtml(text: string): string {
  const html = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return neutraliseReferences(html);
}

/** Characters that start inline Markdown constructs anywhere in a line (links, emphasis, code, strikethrough, tables). */
const INLINE_SPECIALS = /[\\`*_[\]|~]/g;
/** Constructs that only matter at the start of a line: headings, quotes, lists, setext underlines, ordered lists. */
const BLOCK_START = /^(\s*)([#>+=-])/gm;
const ORDERED_START = /^(\s*\d+)([.)])/gm;

/** For Markdown prose: HTML escaped, Markdown punctuation backslash-escaped, references neutralised. Keeps newlines. */
export function escapeMarkdown(text: string): string {
  const escaped = escapeHtml(text).replace(INLINE_SPECIALS, (c) => `\\${c}`);
  return escaped
    .replace(BLOCK_START, (_m, space: string, marker: string) => `${space}\\${marker}`)
    .replace(ORDERED_START, (_m, number: string, marker: string) => `${number}\\${marker}`);
}

/** Like `escapeMarkdown`, on one line: newlines become spaces, so it is safe in list items, headings and cells. */
export function escapeInline(text: string): string {
  return escapeMarkdown(text.replace(/\s*\r?\n\s*/g, " ").trim());
}

/** A code span as CommonMark reads it: a backtick run, content, and a closing run of the very same length. */
const CODE_SPAN = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;

/**
 * Like `escapeInline`, for text that may hold `code` spans written by promptgate itself (verdict reasons):
 * each span becomes a real inline code span (its content shown literally, comment markers broken), the
 * rest is escaped. Whatever the spans hold, the result opens no HTML, link, mention or fence.
 */
export function escapeInlineWithCode(text: string): string {
  const line = text.replace(/\s*\r?\n\s*/g, " ").trim();
  let out = "";
  let last = 0;
  for (const match of line.matchAll(CODE_SPAN)) {
    out += escapeMarkdown(line.slice(last, match.index)) + inlineCode(match[2]!);
    last = match.index + match[0].length;
  }
  return out + escapeMarkdown(line.slice(last));
}

/** A table cell: one line, `|` escaped (done by `escapeInline`); empty text shows as an em dash. */
export function escapeCell(text: string): string {
  const cell = escapeInline(text);
  return cell === "" ? "—" : cell;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * A fenced code block that `text` cannot break out of: the fence is one backtick longer than any
 * backtick run inside (at least three). Code is shown literally, so only comment markers need breaking.
 */
export function fencedBlock(text: string, info = ""): string {
  const body = neutraliseComments(text.replace(/\r\n?/g, "\n")).replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

/**
 * An inline code span on one line. In a table cell `|` must stay escaped even inside code (GFM splits
 * cells first), so pass `inTable` there.
 */
export function inlineCode(text: string, options: { inTable?: boolean } = {}): string {
  let body = neutraliseComments(text.replace(/\r?\n/g, " ↵ "));
  if (options.inTable) body = body.replace(/\|/g, "\\|");
  if (body.trim() === "") return "` `";
  const ticks = "`".repeat(longestRun(body, "`") + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Keeps the first `max` characters and says how many were cut; never splits a surrogate pair. */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const rest = text.length - end;
  return `${text.slice(0, end)}… (${formatCount(rest)} more character${rest === 1 ? "" : "s"})`;
}

/** Keeps whole lines up to `max` characters and says how many lines were cut. */
export function trimLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split("\n");
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size + line.length + 1 > max) break;
    kept.push(line);
    size += line.length + 1;
  }
  if (kept.length === 0) return trimText(text, max);
  const rest = lines.length - kept.length;
  return `${kept.join("\n")}\n… (${formatCount(rest)} more line${rest === 1 ? "" : "s"})`;
}
