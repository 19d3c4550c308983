// The check run's lifecycle as one object: created → in progress → completed exactly once, whichever path
// (verdict, error, cancellation, deadline) gets there first. The one place that keeps a required check from
// staying pending: the shells run their whole review inside `failOnError`, the flow completes it with the verdict.
import {
  CHECK_NAME,
  type CheckAnnotation,
  type CheckRunConclusion,
  findAppSlug,
} from "../adapters/github/check-run.js";
import type { Logger } from "../ports.js";
import { fencedBlock, trimText } from "../render/escape.js";
import type { Publisher } from "./publisher.js";

/** Error text shown in the check: enough to act on, short enough to read. */
const MAX_ERROR_CHARS = 4000;

export interface ReviewCheckTarget {
  owner: string;
  repo: string;
  /** The pull request, to tell whether its head moved on before a failure is written. */
  number: number;
  headSha: string;
  /** Login the token acts as: an unfinished run is reused only when its app created it. */
  identity: string;
  detailsUrl?: string;
}

export interface CheckCompletion {
  conclusion: CheckRunConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

export interface ReviewCheck {
  /** The run's id once started. */
  readonly id: number | undefined;
  /** True from the moment a completion was sent (even while it is still being retried). */
  readonly completed: boolean;
  /** Starts (or reuses) the in-progress run on the head SHA. */
  start(): Promise<number>;
  /** Completes the run; only the first call writes, later calls wait for it (or write again, if it failed). */
  complete(output: CheckCompletion): Promise<void>;
  /** Completes the run as `cancelled` with the reason; never throws. */
  cancel(reason: string, logger: Logger): Promise<void>;
  /** Resolves once a completion in flight has settled (at once when there is none). */
  settled(): Promise<void>;
  /**
   * Runs `work`. When it throws before a completion landed (a config error before the check existed, a
   * refused verdict update, a failed publish), the check is completed as `failure` with the error, then the error is rethrown. Nothing
   * is written once `signal` aborted: the stop (cancel, newer push) already decided what the check says.
   */
  failOnError<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export function createReviewCheck(
  publisher: Publisher,
  target: ReviewCheckTarget,
  logger: Logger,
): ReviewCheck {
  let id: number | undefined;
  let completion: Promise<void> | undefined;
  // A completion GitHub accepted; one it refused leaves the check open for the failure to complete it.
  let landed = false;
  let refused = false;
  const appSlug = findAppSlug(target.identity);
  const { owner, repo } = target;
  const check: ReviewCheck = {
    get id() {
      return id;
    },
    get completed() {
      return completion !== undefined;
    },
    async start() {
      const run = await publisher.startCheck({
        owner,
        repo,
        headSha: target.headSha,
        name: CHECK_NAME,
        ...(appSlug ? { appSlug } : {}),
        ...(target.detailsUrl ? { detailsUrl: target.detailsUrl } : {}),
      });
      id = run.id;
      return run.id;
    },
    complete(output) {
      if (completion && !refused) return completion;
      if (id === undefined) return Promise.reject(new Error("the check run was never started"));
      refused = false;
      completion = publisher.completeCheck({ owner, repo, checkRunId: id, ...output }).then(
        () => {
          landed = true;
        },
        (error: unknown) => {
          refused = true;
          throw error;
        },
      );
      return completion;
    },
    async cancel(reason, log) {
      if (completion || id === undefined) return;
      await check
        .complete({
          conclusion: "cancelled",
          title: "Cancelled",
          summary: `This review was not finished: ${reason}. Re-run it to get a verdict.`,
          annotations: [],
        })
        .catch((error: unknown) => log.warn(`could not cancel check run ${id}: ${(error as Error).message}`));
    },
    settled: () =>
      (completion ?? Promise.resolve()).then(
        () => undefined,
        () => undefined,
      ),
    async failOnError(work, signal) {
      try {
        return await work();
      } catch (error) {
        if (!landed && !signal?.aborted) await completeAsFailure(error);
        throw error;
      }
    },
  };

  /**
   * Completes the check as `failure` with the error, starting it first when the review never did. When the
   * head moved on, that SHA's outcome no longer matters: a started run is cancelled, none is created. Never throws.
   */
  async function completeAsFailure(error: unknown): Promise<void> {
    try {
      if (!(await publisher.isHeadCurrent({ owner, repo, number: target.number }, target.headSha))) {
        await check.cancel(`the head moved past ${target.headSha.slice(0, 7)}`, logger);
        return;
      }
      if (id === undefined) await check.start();
      await check.complete({
        conclusion: "failure",
        title: "promptgate could not review this pull request",
        summary: renderFailureSummary(error),
        annotations: [],
      });
    } catch (writeError) {
      logger.warn(
        `could not complete the ${CHECK_NAME} check on ${target.headSha.slice(0, 7)}: ${(writeError as Error).message}`,
      );
    }
  }

  return check;
}

/** The error in a fence it cannot break out of, with no HTML comment that could pass for a marker. */
export function renderFailureSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `promptgate could not review this pull request:\n\n${fencedBlock(trimText(message, MAX_ERROR_CHARS))}`;
}
