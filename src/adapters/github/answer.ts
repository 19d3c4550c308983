// GitHub answers checked for the shape the review needs, at the adapter edge: an answer that is not what we
// read (a string body Octokit could not parse, a missing list) stops with an error, never reads as "nothing".
import type { z } from "zod";

/** A GitHub answer without the fields the review reads; the message names the request and what was wrong. */
export class UnreadableAnswerError extends Error {
  constructor(
    readonly what: string,
    detail: string,
  ) {
    super(`GitHub's answer to ${what} is unreadable: ${detail}`);
    this.name = "UnreadableAnswerError";
  }
}

/** `data` as `schema` says, or an UnreadableAnswerError naming `what` (e.g. `GET compare base...head`). */
export function parseAnswer<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  if (typeof data === "string") {
    // Octokit hands over the raw text when its JSON parse fails, e.g. a compare over 8 MB on Node 20.
    throw new UnreadableAnswerError(what, `a ${data.length}-character text body instead of JSON`);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? `\`${issue.path.join(".")}\`` : "the body";
  throw new UnreadableAnswerError(what, `${where}: ${issue.message}`);
}
