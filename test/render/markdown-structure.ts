// A small fence-aware scan of Markdown, to check that rendered comments stay well-formed whatever the content.

export interface MarkdownShape {
  /** A code fence was opened and never closed. */
  unclosedFence: boolean;
  detailsOpened: number;
  detailsClosed: number;
  /** Text outside fenced blocks and inline code spans: where HTML, mentions and references would be live. */
  liveText: string;
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;

/**
 * Strips inline code spans as CommonMark finds them (a backtick run up to the next run of the same length)
 * and backslash-escaped punctuation, which is literal text: neither can be live markup.
 */
function stripInlineCode(line: string): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === "\\" && ESCAPABLE.test(line[i + 1] ?? "")) {
      i += 2;
      continue;
    }
    if (c !== "`") {
      out += c;
      i += 1;
      continue;
    }
    const run = /^`+/.exec(line.slice(i))![0];
    const closing = new RegExp(`(?<!\`)${run}(?!\`)`, "g");
    closing.lastIndex = i + run.length;
    const match = closing.exec(line);
    if (match) i = match.index + run.length;
    else {
      out += run;
      i += run.length;
    }
  }
  return out;
}

export function inspectMarkdown(markdown: string): MarkdownShape {
  let fence: string | undefined;
  let detailsOpened = 0;
  let detailsClosed = 0;
  const live: string[] = [];
  for (const line of markdown.split("\n")) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    detailsOpened += (line.match(/<details[ >]/g) ?? []).length;
    detailsClosed += (line.match(/<\/details>/g) ?? []).length;
    live.push(stripInlineCode(line));
  }
  return { unclosedFence: fence !== undefined, detailsOpened, detailsClosed, liveText: live.join("\n") };
}
