// A small fence-aware scan of Markdown, to check that rendered comments stay well-formed whatever the content.

export interface MarkdownShape {
  /** A code fence was opened and never closed. */
  unclosedFence: boolean;
  detailsOpened: number;
  detailsClosed: number;
  /** Text outside fenced blocks and inline code spans: where HTML, mentions and references would be live. */
  liveText: string;
}

/** Strips inline code spans (any backtick run up to the same-length run). */
function stripInlineCode(line: string): string {
  return line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, "");
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
