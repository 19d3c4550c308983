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
  /**
   * A queued run that waits for something (a maintainer's label or approval), so a required check does not
   * pass; the check stays open (not started), and a later review starts the same run.
   */
  hold(output: { title: string; summary: string }): Promise<{ id: number }>;
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
  return new CheckRunLifecycle(publisher, target, logger);
}

class CheckRunLifecycle implements ReviewCheck {
  #id: number | undefined;
  #completion: Promise<void> | undefined;
  // A completion GitHub accepted; one it refused leaves the check open for the failure to complete it.
  #landed = false;
  #refused = false;

  constructor(
    private readonly publisher: Publisher,
    private readonly target: ReviewCheckTarget,
    private readonly logger: Logger,
  ) {}

  get id() {
    return this.#id;
  }

  get completed() {
    return this.#completion !== undefined;
  }

  async start() {
    const run = await this.publisher.startCheck(this.#openRun());
    this.#id = run.id;
    return run.id;
  }

  hold(output: { title: string; summary: string }) {
    return this.publisher.holdCheck({ ...this.#openRun(), ...output });
  }

  complete(output: CheckCompletion) {
    if (this.#completion && !this.#refused) return this.#completion;
    if (this.#id === undefined) return Promise.reject(new Error("the check run was never started"));
    this.#refused = false;
    const { owner, repo } = this.target;
    this.#completion = this.publisher.completeCheck({ owner, repo, checkRunId: this.#id, ...output }).then(
      () => {
        this.#landed = true;
      },
      (error: unknown) => {
        this.#refused = true;
        throw error;
      },
    );
    return this.#completion;
  }

  async cancel(reason: string, logger: Logger) {
    if (this.#completion || this.#id === undefined) return;
    const cancelled = {
      conclusion: "cancelled" as const,
      title: "Cancelled",
      summary: `This review was not finished: ${reason}. Re-run it to get a verdict.`,
      annotations: [],
    };
    await this.complete(cancelled).catch((error: unknown) =>
      logger.warn(`could not cancel check run ${this.#id}: ${(error as Error).message}`),
    );
  }

  settled() {
    return (this.#completion ?? Promise.resolve()).then(
      () => undefined,
      () => undefined,
    );
  }

  async failOnError<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!this.#landed && !signal?.aborted) await this.#completeAsFailure(error);
      throw error;
    }
  }

  /** The run on the head as the token's app sees it: only its own unfinished run is reused. */
  #openRun() {
    const { owner, repo, headSha, identity, detailsUrl } = this.target;
    const appSlug = findAppSlug(identity);
    return {
      owner,
      repo,
      headSha,
      name: CHECK_NAME,
      ...(appSlug ? { appSlug } : {}),
      ...(detailsUrl ? { detailsUrl } : {}),
    };
  }

  /**
   * Completes the check as `failure` with the error, starting it first when the review never did. When the
   * head moved on, that SHA's outcome no longer matters: a started run is cancelled, none is created. Never throws.
   */
  async #completeAsFailure(error: unknown): Promise<void> {
    const { owner, repo, number, headSha } = this.target;
    try {
      if (!(await this.publisher.isHeadCurrent({ owner, repo, number }, headSha))) {
        await this.cancel(`the head moved past ${headSha.slice(0, 7)}`, this.logger);
        return;
      }
      if (this.#id === undefined) await this.start();
      await this.complete({
        conclusion: "failure",
        title: "promptgate could not review this pull request",
        summary: renderFailureSummary(error),
        annotations: [],
      });
    } catch (writeError) {
      const message = (writeError as Error).message;
      this.logger.warn(`could not complete the ${CHECK_NAME} check on ${headSha.slice(0, 7)}: ${message}`);
    }
  }
}

/** The error in a fence it cannot break out of, with no HTML comment that could pass for a marker. */
export function renderFailureSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `promptgate could not review this pull request:\n\n${fencedBlock(trimText(message, MAX_ERROR_CHARS))}`;
}
