// Acts on a review's stop the moment it comes, wherever the flow is: a cancelled run completes its check (and
// says so in the comment) within seconds; a review stuck past its deadline still gets a completed check.

import type { Logger } from "../ports.js";
import { COMMENT_MARKER } from "../render/limits.js";
import { renderCancelledComment, renderTimedOutSummary } from "../render/stopped-review.js";
import type { Publisher } from "./publisher.js";
import type { ReviewCheck } from "./review-check.js";
import { type ReviewDeadline, stopKindOf, stopMessageOf } from "./review-stop.js";

/** After the deadline, how long the flow gets to publish its partial report before the check is timed out. */
export const PUBLISH_GRACE_MS = 60_000;

export interface StopWatchInput {
  publisher: Publisher;
  logger: Logger;
  identity: string;
  pr: { owner: string; repo: string; number: number; headSha: string };
  check: ReviewCheck;
  /** Cancellation or supersession, from the shell. */
  signal?: AbortSignal;
  deadline: ReviewDeadline;
  /** Whether the review may write the sticky comment. */
  comment: boolean;
}

export interface StopWatch {
  /** Writes started by a stop (cancel, time-out), so the shell can wait for them before it exits. */
  settled(): Promise<void>;
  dispose(): void;
}

export function watchStops(input: StopWatchInput): StopWatch {
  const { signal, deadline, check, logger } = input;
  const pending: Promise<unknown>[] = [];
  let backstop: ReturnType<typeof setTimeout> | undefined;
  const onStop = () => {
    // Stopped after the verdict was on the check: the comment that follows it stays the verdict's.
    if (!signal || check.completed) return;
    const reason = stopMessageOf(signal);
    pending.push(check.cancel(reason, logger));
    if (stopKindOf(signal) === "cancelled" && input.comment) pending.push(sayCancelled(input, reason));
  };
  const onDeadline = () => {
    backstop = setTimeout(() => {
      if (check.completed) return;
      logger.warn(`the review could not publish within ${PUBLISH_GRACE_MS / 1000}s of its deadline`);
      const summary = renderTimedOutSummary(deadline.minutes);
      const timedOut = { conclusion: "timed_out" as const, title: "Timed out", summary, annotations: [] };
      pending.push(check.complete(timedOut).catch((error: unknown) => logger.warn(String(error))));
    }, PUBLISH_GRACE_MS);
    backstop.unref?.();
  };
  if (signal?.aborted) onStop();
  else signal?.addEventListener("abort", onStop, { once: true });
  deadline.signal.addEventListener("abort", onDeadline, { once: true });
  return {
    settled: async () => {
      await Promise.allSettled(pending);
      await check.settled();
    },
    dispose() {
      signal?.removeEventListener("abort", onStop);
      deadline.signal.removeEventListener("abort", onDeadline);
      clearTimeout(backstop);
    },
  };
}

async function sayCancelled(input: StopWatchInput, reason: string): Promise<void> {
  const { pr } = input;
  try {
    await input.publisher.upsertStickyComment({
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      marker: COMMENT_MARKER,
      identity: input.identity,
      body: renderCancelledComment(reason, pr.headSha),
    });
  } catch (error) {
    input.logger.warn(
      `could not say in the comment that the review was cancelled: ${(error as Error).message}`,
    );
  }
}
