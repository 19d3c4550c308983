// Route table plumbing for the fake GitHub: path patterns, handler context, GitHub-shaped errors and paging.
import type { FakeGitHubState } from "./state.js";

export interface RouteContext {
  state: FakeGitHubState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** `http://127.0.0.1:PORT` (plus `/api/v3` when the client used the GHE prefix). */
  apiUrl: string;
  /** Path without the API prefix, for Link headers. */
  path: string;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** `body` is already the response text (sent without JSON encoding). */
  raw?: boolean;
}

export type Handler = (ctx: RouteContext) => RouteResult;

export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

/** `"/repos/:owner/:repo/contents/*path"` → a RegExp; `:x` is one segment, `*x` the rest of the path. */
export function route(method: string, template: string, handler: Handler): Route {
  const source = template
    .replace(/[.]/g, "\\.")
    .replace(/:(\w+)/g, "(?<$1>[^/]+)")
    .replace(/\*(\w+)/g, "(?<$1>.+)");
  return { method, pattern: new RegExp(`^${source}$`), handler };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GitHub's error body: `{message, documentation_url, status}`. */
export function errorBody(status: number, message: string): unknown {
  return { message, documentation_url: "https://docs.github.com/rest", status: String(status) };
}

export function notFound(): never {
  throw new HttpError(404, "Not Found");
}

/** Slices `items` by `per_page`/`page` and adds GitHub's Link header when more pages follow. */
export function paginate<T>(ctx: RouteContext, items: T[], defaultPerPage = 30): RouteResult {
  const perPage = Math.min(100, Number(ctx.query.get("per_page") ?? defaultPerPage));
  const page = Math.max(1, Number(ctx.query.get("page") ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (page < last) {
    const link = (n: number) => {
      const query = new URLSearchParams(ctx.query);
      query.set("page", String(n));
      return `<${ctx.apiUrl}${ctx.path}?${query}>`;
    };
    headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
  }
  return { body, headers };
}

export function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || value === "") {
    throw new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
  }
  return value;
}
