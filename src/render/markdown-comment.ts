// The sticky PR comment: verdict headline, one section per prompt, footer — degraded in steps to fit GitHub's limit.
import type { ReviewReport } from "../core/report.js";
import { renderDryRunMarkdown } from "./dry-run-markdown.js";
import { COMMENT_MARKER, MAX_COMMENT_CHARS } from "./limits.js";
import { renderAcceptedLine, renderFooter, renderTrimNote } from "./markdown-footer.js";
import { LAYOUTS, type Layout } from "./markdown-layouts.js";
import { renderPromptSection } from "./markdown-prompt.js";
import { renderErrors } from "./markdown-sections.js";
import { buildHeadline, sortPrompts } from "./verdict-text.js";

export interface CommentOptions {
  /** Set when a maintainer accepted the regression (label event or `/promptgate accept`). */
  accepted?: { label: string; by?: string };
  runUrl?: string;
  /** Size limit; defaults to GitHub's comment limit. */
  maxChars?: number;
  /** Label that accepts a failing review, named in the footer's hint. */
  acceptLabel?: string;
}

/** Internal knobs shared with the check-run summary, which has its own limit and no marker. */
export interface MarkdownReportOptions extends CommentOptions {
  marker: boolean;
  /** Possessive that names the limit in the trim note: `GitHub's` or `the check summary's`. */
  limitName: string;
}

interface Parts {
  top: string[];
  sections: string[];
  footer: string;
}

function buildParts(report: ReviewReport, options: MarkdownReportOptions, layout: Layout): Parts {
  const headline = buildHeadline(report, "markdown");
  const top = [options.marker ? `${COMMENT_MARKER}\n${headline}` : headline];
  if (options.accepted) top.push(renderAcceptedLine(options.accepted));
  const errors = renderErrors(report, layout.maxListItems);
  const sections = sortPrompts(report.prompts).map((p) => renderPromptSection(p, report, layout));
  const footer = renderFooter(report, {
    runUrl: options.runUrl,
    acceptLabel: options.acceptLabel ?? "promptgate:accept",
    accepted: options.accepted,
  });
  return { top, sections: errors ? [errors, ...sections] : sections, footer };
}

function join(blocks: string[]): string {
  return `${blocks.filter((b) => b !== "").join("\n\n")}\n`;
}

function withNote(parts: Parts, note: string | undefined, sections = parts.sections): string {
  const [first, ...rest] = parts.top;
  return join([first!, ...(note ? [note] : []), ...rest, ...sections, parts.footer]);
}

/** Last resort: summary sections in order until the budget runs out, then a count of what was dropped. */
function fitGreedy(parts: Parts, options: MarkdownReportOptions, max: number, leftOut: string): string {
  const noteFor = (dropped: number) =>
    renderTrimNote(max, options.limitName, `${leftOut}; ${dropped} of ${parts.sections.length} sections not shown`);
  const kept: string[] = [];
  for (const section of parts.sections) {
    const candidate = withNote(parts, noteFor(parts.sections.length), [...kept, section]);
    if (candidate.length > max) break;
    kept.push(section);
  }
  const body = withNote(parts, noteFor(parts.sections.length - kept.length), kept);
  if (body.length <= max) return body;
  // Headline and footer alone are too long (huge error text): cut at a paragraph, summary blocks hold no fences.
  const cut = body.slice(0, Math.max(0, max - 2)).lastIndexOf("\n\n");
  return `${body.slice(0, Math.max(0, cut))}\n`;
}

/** Markdown for a report with an explicit limit and marker choice (comment or check summary). */
export function renderMarkdownReport(report: ReviewReport, options: MarkdownReportOptions): string {
  const max = options.maxChars ?? MAX_COMMENT_CHARS;
  if (report.dryRun) return renderDryRunMarkdown(report, options);
  let parts: Parts | undefined;
  let leftOut = "";
  for (const layout of LAYOUTS) {
    parts = buildParts(report, options, layout);
    leftOut = layout.leftOut ?? "";
    const note = layout.leftOut ? renderTrimNote(max, options.limitName, layout.leftOut) : undefined;
    const body = withNote(parts, note);
    if (body.length <= max) return body;
  }
  return fitGreedy(parts!, options, max, leftOut);
}

/** The sticky PR comment. Starts with `COMMENT_MARKER` and fits `options.maxChars` (default 65,536). */
export function renderComment(report: ReviewReport, options: CommentOptions = {}): string {
  return renderMarkdownReport(report, { ...options, marker: true, limitName: "GitHub's" });
}
