// The one sanitiser for untrusted text in GitHub Markdown, and the `SafeMarkdown` type only it and `md` produce.
import { type NewlineMode, showInvisible } from "./visible-text.js";

declare const SAFE: unique symbol;
/**
 * Markdown that is either promptgate's own template text or untrusted text passed through this module's
 * context escapes. Renderers build with `md` and these escapes; a raw string does not type-check as one.
 */
export type SafeMarkdown = string & { readonly [SAFE]: true };

const trust = (markdown: string) => markdown as SafeMarkdown;

/** Template text is written by promptgate; every interpolated value must already be `SafeMarkdown` or a number. */
export function md(
  template: TemplateStringsArray,
  ...values: readonly (SafeMarkdown | number)[]
): SafeMarkdown {
  let out = template[0]!;
  for (const [i, value] of values.entries()) out += String(value) + template[i + 1]!;
  return trust(out);
}

/** Joins pieces with a literal separator (a string literal type, so it cannot carry untrusted text). */
export function joinMd<S extends string>(
  parts: readonly SafeMarkdown[],
  separator: string extends S ? never : S,
): SafeMarkdown {
  return trust(parts.join(separator));
}

/** Without leading whitespace (which would start an indented code block); escapes never rely on it. */
export function trimStartMd(markdown: SafeMarkdown): SafeMarkdown {
  return trust(markdown.replace(/^\s+/, ""));
}

/**
 * The longest prefix that ends at a paragraph break and fits `max` (with its final newline). Only for Markdown
 * whose blocks hold no blank line inside them (no fences, no `<details>`), so a cut cannot leave one open.
 */
export function cutAtParagraph(markdown: SafeMarkdown, max: number): SafeMarkdown {
  const cut = markdown.slice(0, Math.max(0, max - 2)).lastIndexOf("\n\n");
  return trust(`${markdown.slice(0, Math.max(0, cut))}\n`);
}

const ZWSP = "\u200B";
const FULLWIDTH_AT = "＠";
const FULLWIDTH_HASH = "＃";
const NON_BREAKING_HYPHEN = "\u2011";

/**
 * Mentions and references are found by GitHub in the rendered text, so entities would not stop them: a
 * visible look-alike does. `@name` → `＠name`, `#12` → `＃12`, `GH-12` → `GH‑12`. URL and `www.` autolinks are
 * broken with an entity that renders as the same character but is not the source text the autolinker reads.
 */
export function neutraliseReferences(text: string): string {
  return text
    .replace(/@/g, FULLWIDTH_AT)
    .replace(/#(?=\d)/g, FULLWIDTH_HASH)
    .replace(/\b(GH)-(?=\d)/gi, `$1${NON_BREAKING_HYPHEN}`)
    .replace(/:(?=\/\/)/g, "&#58;")
    .replace(/\b(mailto|xmpp):/gi, "$1&#58;")
    .replace(/\b(www)\./gi, "$1&#46;");
}

/** Breaks HTML comment openers in literal text (code), so it can never hold our marker or any other comment. */
export function neutraliseComments(text: string): string {
  return text.replace(/<!--/g, `<!${ZWSP}--`);
}

function entities(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** For HTML contexts (`<summary>`), on one line: entities only, since Markdown is not parsed there. */
export function escapeHtml(text: string): SafeMarkdown {
  return trust(neutraliseReferences(entities(showInvisible(text, "space"))));
}

/** Characters that start inline Markdown constructs anywhere in a line (links, emphasis, code, tables). */
const INLINE_SPECIALS = /[\\`*_[\]|~]/g;

/**
 * `$` delimits math on GitHub. A lone `$` before a digit (`$0.42`) cannot close math (a closing `$` is never
 * followed by a digit) and, with every other `$` escaped, finds no closer: it stays as written. Any other `$`
 * is escaped.
 */
function escapeDollars(text: string): string {
  const lone = /^[^$]*\$\d[^$]*$/.test(text);
  return lone ? text : text.replace(/\$/g, "\\$");
}

/** One line of visible text: HTML as entities, Markdown punctuation backslash-escaped, references broken. */
function escapeLine(line: string): string {
  const escaped = neutraliseReferences(
    escapeDollars(entities(line).replace(INLINE_SPECIALS, (c) => `\\${c}`)),
  );
  // What only matters at the start of a block: headings, list items, ordered lists, setext underlines.
  return escaped.replace(/^(\s*)(#|[+-](?=\s|$)|=|-(?=-))/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** For Markdown prose over several lines: each line escaped as if it started a block. Newlines are kept. */
export function escapeMarkdown(text: string): SafeMarkdown {
  return trust(showInvisible(text, "keep").split("\n").map(escapeLine).join("\n"));
}

/** Prose on one line (list items, headings, cells): line breaks become spaces, ends trimmed. */
export function escapeInline(text: string, newlines: NewlineMode = "space"): SafeMarkdown {
  return trust(escapeLine(showInvisible(text, newlines).trim()));
}

/**
 * Text over several lines inside one paragraph: each line escaped, joined by `<br>` on one source line, so no
 * line of it can start a block. Leading spaces are the caller's to trim where the paragraph starts.
 */
export function escapeLines(text: string): SafeMarkdown {
  const lines = showInvisible(text, "keep").replace(/\t/g, " ").split("\n");
  return trust(lines.map(escapeLine).join("<br>"));
}

/** A code span as CommonMark reads it: a backtick run, content, and a closing run of the very same length. */
const CODE_SPAN = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;

/**
 * Like `escapeInline`, for text that may hold `code` spans written by promptgate itself (verdict reasons):
 * each span becomes a real inline code span (its content shown literally, comment markers broken), the
 * rest is escaped. Whatever the spans hold, the result opens no HTML, link, mention or fence.
 */
export function escapeInlineWithCode(text: string): SafeMarkdown {
  const line = showInvisible(text, "space").trim();
  let out = "";
  let last = 0;
  for (const match of line.matchAll(CODE_SPAN)) {
    out += escapeLine(line.slice(last, match.index)) + inlineCode(match[2]!);
    last = match.index + match[0].length;
  }
  return trust(out + escapeLine(line.slice(last)));
}

/** A table cell: one line, `|` escaped (done by `escapeInline`); empty text shows as an em dash. */
export function escapeCell(text: string): SafeMarkdown {
  const cell = escapeInline(text);
  return cell === "" ? md`—` : cell;
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
 * backtick run inside (at least three). Code is shown literally, so only invisible characters and comment
 * markers need changing.
 */
export function fencedBlock(text: string, info: "" | "diff" | "json" = ""): SafeMarkdown {
  const body = neutraliseComments(showInvisible(text, "keep")).replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  return trust(`${fence}${info}\n${body}\n${fence}`);
}

/**
 * An inline code span on one line (line breaks shown as `↵`). In a table cell `|` must stay escaped even
 * inside code (GFM splits cells first), so pass `inTable` there.
 */
export function inlineCode(text: string, options: { inTable?: boolean } = {}): SafeMarkdown {
  let body = neutraliseComments(showInvisible(text, "mark"));
  if (options.inTable) body = body.replace(/\|/g, "\\|");
  if (body.trim() === "") return md`\` \``;
  const ticks = "`".repeat(longestRun(body, "`") + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return trust(`${ticks}${pad}${body}${pad}${ticks}`);
}

/**
 * A link target: only plain http(s) URLs with no character that could end the destination or the link;
 * anything else is dropped (undefined) rather than escaped into a broken link.
 */
export function linkDestination(url: string | undefined): SafeMarkdown | undefined {
  if (url === undefined || !/^https?:\/\/[!#-'*-;=?-Z^-_a-z{-~]+$/.test(url)) return undefined;
  return trust(url);
}

/** A user's login as GitHub allows it: letters, digits and single inner hyphens, at most 39 characters. */
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/**
 * An `@login` mention promptgate writes on purpose (the person who ran a command). Only a name with GitHub's
 * login syntax pings; anything else (an App's `name[bot]`, or a crafted string) is shown as escaped text.
 */
export function mention(login: string): SafeMarkdown {
  return LOGIN.test(login) ? trust(`@${login}`) : escapeInline(`@${login}`);
}

/** Plain text for GitHub fields that are not Markdown (check titles, annotations): invisible characters shown. */
export function plainText(text: string, newlines: NewlineMode = "keep"): string {
  return showInvisible(text, newlines);
}

export { trimLines, trimText } from "./trim-text.js";
