// Makes characters that move, hide or reorder text visible: line terminators, controls, bidi and format characters.

/** What a line break (`\n` or `\r\n`) becomes: kept (fenced code), a space (one-line prose), or a visible `↵`. */
export type NewlineMode = "keep" | "space" | "mark";

/**
 * Format characters (Unicode `Cf`: bidi overrides and isolates, zero-width spaces, BOM, soft hyphen, tags),
 * C1 controls and the Unicode line and paragraph separators. ZWJ is spared: it joins emoji sequences and
 * cannot reorder or break text.
 */
const ESCAPED = /(?!\u200D)[\p{Cf}\u0080-\u009F\u2028\u2029]/gu;
/** C0 controls and DEL, except the tab and the line feed, which each mode decides on. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const C0 = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

const codePointEscape = (c: string) =>
  `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(2, "0")}}`;
/** The Control Pictures block shows each C0 control as a glyph: `␀`, `␍`, `␛`; DEL is `␡`. */
const controlPicture = (c: string) => {
  const code = c.charCodeAt(0);
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
};

/**
 * Every untrusted string passes here first. A lone `\r` (which GitHub's Markdown reads as a line break) shows
 * as `␍`, other C0 controls as their control pictures, and C1 controls, U+2028/U+2029, bidi overrides and
 * invisible format characters as `\u{202E}`-style escapes; `\r\n` counts as a line break.
 */
export function showInvisible(text: string, newlines: NewlineMode): string {
  const visible = text.replace(/\r\n/g, "\n").replace(C0, controlPicture).replace(ESCAPED, codePointEscape);
  if (newlines === "keep") return visible;
  const flat = visible.replace(/\t/g, " ");
  return newlines === "space" ? flat.replace(/ *\n */g, " ") : flat.replace(/ *\n */g, " ↵ ");
}
