// Cutting long text to a size with a visible note of what was cut, never mid-word when a word boundary is near.
import { formatInt } from "../core/format/count.js";

/** How far back a cut may move to land between words rather than inside one. */
const WORD_SLACK = 40;

/** Keeps at most `max` characters and says how many were cut; cuts between words when it can, never splits a surrogate pair. */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const space = text.slice(Math.max(0, end - WORD_SLACK), end + 1).search(/\s\S*$/);
  if (/\S/.test(text[end] ?? " ") && space > 0) end = Math.max(0, end - WORD_SLACK) + space;
  const kept = text.slice(0, end).trimEnd();
  const rest = text.length - kept.length;
  return `${kept}… (${formatInt(rest)} more character${rest === 1 ? "" : "s"})`;
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
  return `${kept.join("\n")}\n… (${formatInt(rest)} more line${rest === 1 ? "" : "s"})`;
}
