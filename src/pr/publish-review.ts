// Writes one review to the pull request: the check run's conclusion and annotations, then the sticky comment.
import { InputError } from "../core/diagnostics.js";
import type { ReviewReport } from "../core/report/report.js";
import type { PullRequestRef, RepoReader } from "../ports.js";
import { buildAnnotations } from "../render/annotations.js";
import { type CheckConclusion, renderCheckOutput } from "../render/check-output.js";
import type { SafeMarkdown } from "../render/escape.js";
import { COMMENT_MARKER, MAX_COMMENT_CHARS } from "../render/limits.js";
import { renderComment } from "../render/markdown-comment.js";
import type { ReviewShell } from "../render/markdown-footer.js";
import type { ReviewCheck } from "./review-check.js";
import type { PullRequestReviewDeps } from "./review-pull-request.js";
import { REVIEWED_HEAD_CHARS, withReviewedHead } from "./reviewed-head.js";

export interface PublishInput {
  report: ReviewReport;
  check: ReviewCheck;
  accepted?: { label: string; by?: string };
  acceptLabel: string;
  comment: boolean;
  sources: Record<string, string>;
  runUrl?: string;
  isStale: () => Promise<string | undefined>;
  /** Markdown shown under the headline of the comment and atop the check's summary (e.g. an ignored label). */
  note?: SafeMarkdown;
  /** Which promptgate publishes, so the accept/rollback hints name commands it reads. */
  shell?: ReviewShell;
}

export interface Published {
  conclusion?: CheckConclusion;
  /** The comment's Markdown, rendered whether or not it was posted (the Action's job summary reuses it). */
  commentBody: string;
  commentUrl?: string;
  stale?: string;
}

export async function publishReview(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
  input: PublishInput,
): Promise<Published> {
  const { report } = input;
  const options = {
    ...(input.accepted ? { accepted: input.accepted } : {}),
    acceptLabel: input.acceptLabel,
    ...(input.runUrl ? { runUrl: input.runUrl } : {}),
    ...(input.shell ? { shell: input.shell } : {}),
  };
  const { note } = input;
  const output = renderCheckOutput(report, options);
  // The reviewed head is recorded in the comment: `/promptgate accept` accepts the head the comment describes.
  const maxChars = MAX_COMMENT_CHARS - REVIEWED_HEAD_CHARS - (note ? note.length + 2 : 0);
  const rendered = renderComment(report, { ...options, maxChars });
  const commentBody = withReviewedHead(note ? insertNote(rendered, note) : rendered, report.head.sha);
  const summary = note ? `${note}\n\n${output.summary}` : output.summary;
  const stale = await input.isStale();
  if (stale) return { commentBody, stale };
  await input.check.complete({
    conclusion: output.conclusion,
    title: output.title,
    summary,
    ...(output.text ? { text: output.text } : {}),
    annotations: buildAnnotations(report, input.sources),
  });
  if (!input.comment) return { conclusion: output.conclusion, commentBody };
  const target = {
    owner: pr.owner,
    repo: pr.repo,
    issueNumber: pr.number,
    marker: COMMENT_MARKER,
    identity: deps.identity,
  };
  // No prompt changes: never start a conversation, but correct a comment left by an earlier push.
  if (report.prompts.length === 0 && !(await deps.publisher.findStickyComment(target))) {
    return { conclusion: output.conclusion, commentBody };
  }
  const staleNow = await input.isStale();
  if (staleNow) return { conclusion: output.conclusion, commentBody, stale: staleNow };
  const comment = await deps.publisher.upsertStickyComment({ ...target, body: commentBody });
  deps.logger.info(`comment ${comment.action}: ${comment.url}`);
  return { conclusion: output.conclusion, commentBody, commentUrl: comment.url };
}

/** After the first block (marker and headline), where a reader looks first. */
function insertNote(body: string, note: SafeMarkdown): string {
  const end = body.indexOf("\n\n");
  if (end < 0) return `${body.trimEnd()}\n\n${note}\n`;
  return `${body.slice(0, end)}\n\n${note}${body.slice(end)}`;
}

/** Head text of every reviewed prompt, so annotations can point at the lines that changed. */
export async function readPromptSources(
  reader: RepoReader,
  headSha: string,
  report: ReviewReport,
): Promise<Record<string, string>> {
  const sources: Record<string, string> = {};
  for (const prompt of report.prompts) {
    if (prompt.change === "deleted") continue;
    const file = prompt.file ?? prompt.path;
    const text = await reader.readFile(headSha, file).catch((error: unknown) => {
      // A binary file is already a located error in the report; it has no lines to annotate.
      if (error instanceof InputError) return null;
      throw error;
    });
    if (text !== null) sources[file] = text;
  }
  return sources;
}
