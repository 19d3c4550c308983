// The comment as GitHub would show it, in one self-contained HTML file: GFM rendered by micromark inside GitHub's
// own Markdown stylesheet (github-markdown-css, light and dark by prefers-color-scheme), for a look before pushing.
import { writeFileSync } from "node:fs";
import githubMarkdownCss from "github-markdown-css/github-markdown.css?raw";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { escapeHtml } from "../render/escape.js";

/** GitHub's conversation column: comments are laid out at most this wide. */
export const COMMENT_COLUMN_PX = 780;

export interface PreviewOptions {
  /** The page title, e.g. the review's verdict line. */
  title?: string;
}

/**
 * The Markdown → HTML step GitHub does: GFM (tables, task lists, strikethrough, autolinks), raw HTML kept as
 * GitHub keeps `<details>`, `<ins>`, `<del>`. Nothing runs: the page forbids scripts, frames and fetches.
 */
export function renderCommentPreview(markdown: string, options: PreviewOptions = {}): string {
  const body = linkMentions(
    micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  );
  const title = escapeHtml(options.title ?? "promptgate comment preview");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data: https:">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>
${githubMarkdownCss}
body { margin: 0; background: #fff; }
@media (prefers-color-scheme: dark) { body { background: #0d1117; } }
.comment { box-sizing: border-box; max-width: ${COMMENT_COLUMN_PX}px; margin: 24px auto; padding: 16px 24px;
  border: 1px solid #d1d9e0; border-radius: 6px; }
@media (prefers-color-scheme: dark) { .comment { border-color: #3d444d; } }
</style>
</head>
<body>
<main class="comment markdown-body">
${body}
</main>
</body>
</html>
`;
}

/** Writes the preview next to the other outputs; the path is the user's own `--preview FILE`. */
export function writeCommentPreview(path: string, markdown: string, options: PreviewOptions = {}): void {
  writeFileSync(path, renderCommentPreview(markdown, options));
}

/**
 * GitHub turns `@name` in prose into a link that notifies that user; micromark does not. Doing the same here
 * shows a mention the sanitiser missed as the live link it would be (code spans and blocks are left alone).
 */
function linkMentions(html: string): string {
  let literal = 0; // depth inside <code>, <pre> or <a>, where GitHub links nothing
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      const tag = /^<(\/?)(code|pre|a)\b/i.exec(part);
      if (tag) literal += tag[1] ? -1 : 1;
      if (part.startsWith("<") || literal > 0) return part;
      return part.replace(
        /(^|[^\w`/])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\b/g,
        (_m, before: string, name: string) =>
          `${before}<a class="user-mention" href="https://github.com/${name}">@${name}</a>`,
      );
    })
    .join("");
}
