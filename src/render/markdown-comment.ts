// The sticky PR comment: verdict headline, one section per prompt, footer — degraded in steps to fit GitHub's limit.

import { canAccept } from "../core/gate/conclusion.js";
import type { ReviewReport } from "../core/report/report.js";
import { renderDryRunMarkdown } from "./dry-run-markdown.js";
import { cutAtParagraph, joinMd, md, type SafeMarkdown } from "./escape.js";
import { COMMENT_MARKER, MAX_COMMENT_CHARS } from "./limits.js";
import { type ReviewShell, renderAcceptedLine, renderFooter, renderTrimNote } from "./markdown-footer.js";
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
  /** Which promptgate posts it, so hints name commands that shell reads (default `cli`: both briefly). */
  shell?: ReviewShell;
}

/** Internal knobs shared with the check-run summary, which has its own limit and no marker. */
export interface MarkdownReportOptions extends CommentOptions {
  marker: boolean;
  /** Possessive that names the limit in the trim note: `GitHub's` or `the check summary's`. */
  limitName: string;
}

/** The pieces a comment is assembled from: each one already safe Markdown, so the builder adds only layout. */
interface Parts {
  top: SafeMarkdown[];
  sections: SafeMarkdown[];
  footer: SafeMarkdown;
}

function buildParts(report: ReviewReport, options: MarkdownReportOptions, layout: Layout): Parts {
  const headline = buildHeadline(report, "markdown");
  const top = [options.marker ? md`${COMMENT_MARKER}\n${headline}` : headline];
  // An acceptance only means something for a review the gate fails; a passing one has nothing to accept.
  const accepted = options.accepted && canAccept(report) ? options.accepted : undefined;
  if (accepted) top.push(renderAcceptedLine(accepted, report.verdict));
  const errors = renderErrors(report, layout.maxListItems);
  const sections = sortPrompts(report.prompts).map((p) => renderPromptSection(p, report, layout));
  const footer = renderFooter(report, {
    runUrl: options.runUrl,
    acceptLabel: options.acceptLabel ?? "promptgate:accept",
    accepted,
    shell: options.shell,
  });
  return { top, sections: errors ? [errors, ...sections] : sections, footer };
}

function join(blocks: SafeMarkdown[]): SafeMarkdown {
  return md`${joinMd(
    blocks.filter((b) => b !== ""),
    "\n\n",
  )}\n`;
}

function withNote(parts: Parts, note: SafeMarkdown | undefined, sections = parts.sections): SafeMarkdown {
  const [first, ...rest] = parts.top;
  return join([first!, ...(note ? [note] : []), ...rest, ...sections, parts.footer]);
}

/** Last resort: summary sections in order until the budget runs out, then a count of what was dropped. */
function fitGreedy(parts: Parts, options: MarkdownReportOptions, max: number, leftOut: string): SafeMarkdown {
  const noteFor = (dropped: number) =>
    renderTrimNote(
      max,
      options.limitName,
      `${leftOut}; ${dropped} of ${parts.sections.length} sections not shown`,
    );
  const kept: SafeMarkdown[] = [];
  for (const section of parts.sections) {
    const candidate = withNote(parts, noteFor(parts.sections.length), [...kept, section]);
    if (candidate.length > max) break;
    kept.push(section);
  }
  const body = withNote(parts, noteFor(parts.sections.length - kept.length), kept);
  if (body.length <= max) return body;
  // Headline and footer alone are too long (huge error text): cut at a paragraph, summary blocks hold no fences.
  return cutAtParagraph(body, max);
}

function renderLayout(report: ReviewReport, options: MarkdownReportOptions, layout: Layout, max: number) {
  const parts = buildParts(report, options, layout);
  const note = layout.leftOut ? renderTrimNote(max, options.limitName, layout.leftOut) : undefined;
  return { parts, body: withNote(parts, note) };
}

/** The layout with the most cases per group that still fits (binary search), or undefined when even one does not. */
function fitAdaptive(report: ReviewReport, options: MarkdownReportOptions, layout: Layout, max: number) {
  const withCount = (n: number): Layout => ({
    ...layout,
    cases: { ...layout.cases!, maxCasesPerGroup: n },
    leftOut: layout.leftOut?.replace("{n}", String(n)),
  });
  let lo = 1;
  let hi = layout.cases!.maxCasesPerGroup;
  let best: SafeMarkdown | undefined;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const { body } = renderLayout(report, options, withCount(mid), max);
    if (body.length <= max) {
      best = body;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Markdown for a report with an explicit limit and marker choice (comment or check summary). */
export function renderMarkdownReport(report: ReviewReport, options: MarkdownReportOptions): SafeMarkdown {
  const max = options.maxChars ?? MAX_COMMENT_CHARS;
  if (report.dryRun) return renderDryRunMarkdown(report, options);
  for (const layout of LAYOUTS) {
    if (layout.adaptive && layout.cases) {
      const body = fitAdaptive(report, options, layout, max);
      if (body !== undefined) return body;
      continue;
    }
    const { body } = renderLayout(report, options, layout, max);
    if (body.length <= max) return body;
  }
  const last = LAYOUTS[LAYOUTS.length - 1]!;
  return fitGreedy(buildParts(report, options, last), options, max, last.leftOut ?? "");
}

/** The sticky PR comment. Starts with `COMMENT_MARKER` and fits `options.maxChars` (default 65,536). */
export function renderComment(report: ReviewReport, options: CommentOptions = {}): SafeMarkdown {
  return renderMarkdownReport(report, { ...options, marker: true, limitName: "GitHub's" });
}
