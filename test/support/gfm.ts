// Reads Markdown as GitHub does (CommonMark + GFM through micromark) and answers questions about the HTML.
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/** HTML as a spec-compliant GFM parser renders it; raw HTML is kept so an injected tag shows up as a tag. */
export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/** How many times each element opens, e.g. `{p: 4, code: 2}`. */
export function countTags(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)[\s/>]/g)) {
    const tag = match[1]!.toLowerCase();
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}

/** Text GitHub would scan for mentions and references: everything outside `<code>`/`<pre>`, tags removed. */
export function textOutsideCode(html: string): string {
  const withoutCode = html
    .replace(/<pre[\s>][\s\S]*?<\/pre>/g, " ")
    .replace(/<code[^>]*>[\s\S]*?<\/code>/g, " ");
  return decodeEntities(withoutCode.replace(/<[^>]*>/g, " "));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** `@user`, `@org/team`, `#12`, `owner/repo#12`, `GH-12` as GitHub links them in text. */
const REFERENCE = /(?:^|[^\w`])(@[a-z0-9][a-z0-9-]*|#\d+|\bGH-\d+)/gi;

/** Mentions and references GitHub would turn into links or notifications. */
export function findReferences(html: string): string[] {
  return [...textOutsideCode(html).matchAll(REFERENCE)].map((m) => m[1]!);
}

/** Text of every heading, in order. */
export function listHeadings(html: string): string[] {
  return [...html.matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)].map((m) =>
    decodeEntities(m[2]!.replace(/<[^>]*>/g, "")),
  );
}

/** Text of the first paragraph: the verdict headline of a comment or check summary. */
export function firstParagraph(html: string): string {
  const match = /<p>([\s\S]*?)<\/p>/.exec(html);
  return match ? decodeEntities(match[1]!.replace(/<[^>]*>/g, "")) : "";
}
