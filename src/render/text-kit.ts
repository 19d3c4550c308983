// One sentence of data-derived text written two ways: Markdown (escaped, code spans) or plain (check titles, terminal).
import {
  escapeInline,
  escapeInlineWithCode,
  inlineCode,
  joinMd,
  md,
  plainText,
  type SafeMarkdown,
  trimText,
} from "./escape.js";

/** Builders generic over `T` cannot pass a raw string where a `T` is due, so every value goes through the kit. */
export interface TextKit<T extends string> {
  /** Untrusted (or computed) prose on one line, cut to 300 characters. */
  text(value: string): T;
  /** A verdict reason: promptgate's own `code` spans stay code in Markdown. */
  reason(value: string): T;
  /** A path, id or name, shown as code in Markdown. */
  code(value: string): T;
  /** Template text is trusted; holes take kit output or numbers only. */
  t(template: TemplateStringsArray, ...values: readonly (T | number)[]): T;
  join(parts: readonly T[], separator: ", " | " " | "; "): T;
}

const oneLine = (value: string, max: number) => trimText(value.replace(/\s*\r?\n\s*/g, " ").trim(), max);

export const MARKDOWN_KIT: TextKit<SafeMarkdown> = {
  text: (value) => escapeInline(oneLine(value, 300)),
  reason: (value) => escapeInlineWithCode(oneLine(value, 300)),
  code: (value) => inlineCode(trimText(value, 200)),
  t: md,
  join: (parts, separator) => joinMd(parts, separator),
};

function plain(template: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  return template.reduce((out, part, i) => out + (i > 0 ? String(values[i - 1]) : "") + part, "");
}

export const PLAIN_KIT: TextKit<string> = {
  text: (value) => plainText(oneLine(value, 300), "space"),
  reason: (value) => plainText(oneLine(value, 300), "space"),
  code: (value) => plainText(trimText(value, 200), "space"),
  t: plain,
  join: (parts, separator) => parts.join(separator),
};
