// Every GitHub write goes through here: redacted, one at a time, and retried through rate limits and outages
// until it succeeds or its deadline passes (the final check update has the latest deadline of all).
import { redactDeep } from "../../core/redact.js";
import { type Logger, silentLogger } from "../../ports.js";
import { readErrorMessage } from "./errors.js";
import type { GitHubClient, GitHubResponse } from "./octokit.js";

export interface ResilientClientOptions {
  /** Strips secrets from every string a write sends (comment, check output, labels). */
  redact?: (text: string) => string;
  /** Epoch ms after which a failed write is not retried; the final check update uses `lastDeadline`. */
  deadline: () => number;
  /** Epoch ms for the check's completion: the last write to give up. */
  lastDeadline: () => number;
  logger?: Logger;
  /** Injected so tests need not wait; resolves after `ms`. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** First wait when GitHub names none; doubled per attempt up to `MAX_BACKOFF_MS`. */
const BASE_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;
/** GitHub's advice for a secondary limit without `retry-after`: wait at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

const CHECK_COMPLETION = /^PATCH \/repos\/\{owner\}\/\{repo\}\/check-runs\/\{check_run_id\}$/;

function isWrite(route: string): boolean {
  return !/^(GET|HEAD) /.test(route);
}

/** True for the request that completes a check run: it may outlive every other write. */
function isCheckCompletion(route: string, parameters?: Record<string, unknown>): boolean {
  return CHECK_COMPLETION.test(route) && parameters?.status === "completed";
}

export function createResilientClient(client: GitHubClient, options: ResilientClientOptions): GitHubClient {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const logger = options.logger ?? silentLogger;
  const redact = options.redact;
  // GitHub asks integrations to send writes serially: that alone avoids most secondary limits.
  let queue: Promise<unknown> = Promise.resolve();
  const write = async (route: string, parameters: Record<string, unknown> | undefined) => {
    const deadline = isCheckCompletion(route, parameters) ? options.lastDeadline() : options.deadline();
    for (let attempt = 0; ; attempt++) {
      try {
        return await client.request(route, parameters);
      } catch (error) {
        const wait = retryWait(error, attempt);
        if (wait === undefined || now() + wait > deadline) throw error;
        logger.warn(`GitHub ${describeFailure(error)} on ${route}; retrying in ${Math.ceil(wait / 1000)}s`);
        await sleep(wait);
      }
    }
  };
  return {
    request(route, parameters) {
      if (!isWrite(route)) return client.request(route, parameters);
      const sent = redact && parameters ? redactParameters(parameters, redact) : parameters;
      const result = queue.then(() => write(route, sent));
      queue = result.catch(() => undefined);
      return result as Promise<GitHubResponse>;
    },
  };
}

/** Redacts the strings a write sends, not its options (`request.signal`, `headers`). */
function redactParameters(
  parameters: Record<string, unknown>,
  redact: (text: string) => string,
): Record<string, unknown> {
  const { request, headers, ...rest } = parameters;
  return { ...redactDeep(rest, redact), ...(request ? { request } : {}), ...(headers ? { headers } : {}) };
}

/** How long to wait before retrying, or undefined when retrying cannot help (4xx other than limits). */
export function retryWait(error: unknown, attempt: number): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  const headers =
    (error as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers ?? {};
  const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempt);
  const retryAfter = Number(headers["retry-after"]);
  const asked = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined;
  if (status === 403 || status === 429) {
    if (asked !== undefined) return asked;
    if (headers["x-ratelimit-remaining"] === "0") {
      const reset = Number(headers["x-ratelimit-reset"]) * 1000;
      if (Number.isFinite(reset)) return Math.max(0, reset - Date.now()) + 1000;
    }
    if (/secondary rate limit|abuse/i.test(readErrorMessage(error))) return SECONDARY_LIMIT_WAIT_MS;
    return status === 429 ? backoff : undefined;
  }
  if (typeof status === "number" && status >= 500) return asked ?? backoff;
  // No status: the request never got an answer (reset connection, DNS); retry like a 5xx.
  if (status === undefined && error instanceof Error && !/abort/i.test(error.name)) return backoff;
  return undefined;
}

function describeFailure(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? `${status} (${readErrorMessage(error)})` : `error (${String(error)})`;
}
