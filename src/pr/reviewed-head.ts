// The head SHA a promptgate comment describes: a hidden marker on the line right after the comment's own marker.
import { COMMENT_MARKER } from "../render/limits.js";

const HEAD_MARKER = /^<!-- promptgate:head ([0-9a-f]{40}) -->$/;

/** Characters the marker line adds to a comment (marker and newline), to keep it within GitHub's limit. */
export const REVIEWED_HEAD_CHARS = "<!-- promptgate:head  -->\n".length + 40;

/** The comment with the reviewed head recorded; a body that does not start with our marker is left as is. */
export function withReviewedHead(body: string, headSha: string): string {
  if (!/^[0-9a-f]{40}$/i.test(headSha) || !body.startsWith(`${COMMENT_MARKER}\n`)) return body;
  const rest = body.slice(COMMENT_MARKER.length + 1);
  return `${COMMENT_MARKER}\n<!-- promptgate:head ${headSha.toLowerCase()} -->\n${rest}`;
}

/**
 * The head a comment body describes, or undefined. Only the second line counts: text further down comes from
 * the pull request and the model, and may imitate the marker.
 */
export function readReviewedHead(body: string): string | undefined {
  const lines = body.replace(/\r\n/g, "\n").split("\n", 2);
  if (lines[0] !== COMMENT_MARKER) return undefined;
  return HEAD_MARKER.exec(lines[1] ?? "")?.[1];
}
