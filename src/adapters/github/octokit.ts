// The GitHub REST client both shells use: @octokit/rest over global fetch, with throttling and retries in production.
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { z } from "zod";
import { type Logger, silentLogger } from "../../ports.js";
import { parseAnswer } from "./answer.js";

/** Response fields the adapters read; every Octokit flavour (Action's, Probot's) returns at least these. */
export interface GitHubResponse {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/**
 * What the adapters need from a client: `request` with a route template. Octokit from @octokit/rest and
 * Probot's `context.octokit` both satisfy it, although their bundled @octokit/types versions differ.
 */
export interface GitHubClient {
  request(route: string, parameters?: Record<string, unknown>): Promise<GitHubResponse>;
}

const GitHubOctokit = Octokit.plugin(throttling, retry);

/** The concrete client `createOctokit` builds (also a `GitHubClient`). */
export type GitHubOctokit = InstanceType<typeof GitHubOctokit>;

export interface OctokitOptions {
  /** Installation token, GITHUB_TOKEN or a PAT. */
  token: string;
  /** REST root; `GITHUB_API_URL` on Actions, `https://HOST/api/v3` on GitHub Enterprise Server. */
  baseUrl?: string;
  /** Wait out primary/secondary rate limits (default true; tests turn it off). */
  throttle?: boolean;
  /** Retry 5xx and network errors (default true; tests turn it off). */
  retry?: boolean;
  userAgent?: string;
  logger?: Logger;
}

export const DEFAULT_GITHUB_API_URL = "https://api.github.com";

/** How many times one request waits out a rate limit before giving up. */
const MAX_RATE_LIMIT_RETRIES = 2;

export function createOctokit(options: OctokitOptions): GitHubOctokit {
  const logger = options.logger ?? silentLogger;
  const throttle = options.throttle ?? true;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _: unknown, count: number) => {
      const willRetry = count < MAX_RATE_LIMIT_RETRIES;
      logger.warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}` +
          (willRetry ? `; retrying in ${retryAfter}s` : "; giving up"),
      );
      return willRetry;
    };
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, ""),
    userAgent: options.userAgent ?? "promptgate",
    throttle: throttle
      ? { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") }
      : { enabled: false },
    retry: { enabled: options.retry ?? true },
    // Octokit logs every failed request as an error, expected 404s included; callers decide what a failure means.
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warn(message),
      error: (message: string) => logger.debug(message),
    },
  });
}

/** One request's body, typed by the caller with the few fields it reads. */
export async function requestData<T>(
  client: GitHubClient,
  route: string,
  parameters: Record<string, unknown> = {},
): Promise<T> {
  const response = await client.request(route, parameters);
  return response.data as T;
}

/** One request's body, checked against the shape the caller reads (an UnreadableAnswerError otherwise). */
export async function requestParsed<S extends z.ZodType>(
  client: GitHubClient,
  route: string,
  parameters: Record<string, unknown>,
  schema: S,
): Promise<z.infer<S>> {
  const response = await client.request(route, parameters);
  return parseAnswer(schema, response.data, route);
}

/** Largest `per_page` the list endpoints accept. */
export const MAX_PER_PAGE = 100;

/** Stops runaway paging (100 pages × 100 items) on a list that keeps announcing a next page. */
const MAX_PAGES = 100;

/**
 * Pages through a list endpoint by `page` number while GitHub's Link header announces a next page.
 * `stop` ends early once the caller has found what it looks for.
 */
export async function listAllPages<T>(
  client: GitHubClient,
  route: string,
  parameters: Record<string, unknown>,
  stop: (items: T[]) => boolean = () => false,
  item?: z.ZodType<T>,
): Promise<T[]> {
  const items: T[] = [];
  // A page that is not a list (or holds items of another shape) is unreadable, never an empty page.
  const pageSchema = z.array(item ?? z.unknown()) as z.ZodType<T[]>;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await client.request(route, { ...parameters, per_page: MAX_PER_PAGE, page });
    const batch = parseAnswer(pageSchema, response.data, `${route} (page ${page})`);
    items.push(...batch);
    if (stop(batch) || !hasNextPage(response.headers.link)) break;
  }
  return items;
}

export function hasNextPage(link: string | number | undefined): boolean {
  return typeof link === "string" && /rel="next"/.test(link);
}
