// A real GitHub REST API look-alike on loopback with in-memory state, for end-to-end tests of the Action and the App.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkRoutes } from "./check-routes.js";
import { commentRoutes } from "./comment-routes.js";
import { contentRoutes } from "./content-routes.js";
import { gitDataRoutes } from "./git-data-routes.js";
import type { AddCommitInput } from "./git-model.js";
import { identityRoutes } from "./identity-routes.js";
import { issueRoutes } from "./issue-routes.js";
import { labelRoutes } from "./label-routes.js";
import { pullRoutes } from "./pull-routes.js";
import { errorBody, HttpError, type RouteContext, type RouteResult } from "./router.js";
import {
  type AddPullRequestInput,
  type FakeGitHubOptions,
  FakeGitHubState,
  type FakePullRequest,
} from "./state.js";

export type { FakeCheckRun, FakeComment, FakeGitHubOptions, FakePullRequest, RepoRole } from "./state.js";

export interface RecordedRequest {
  method: string;
  /** Decoded path without query or the `/api/v3` prefix, e.g. `/repos/octo-org/prompts/contents/a.prompt.yml`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  /** The client called the GitHub Enterprise Server path (`/api/v3/...`). */
  enterprise: boolean;
}

export interface InjectedFailure {
  method: string;
  /** Matched against the decoded path. */
  path: RegExp;
  status: number;
  message: string;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** How many matching requests succeed before the failures start (default 0). */
  after?: number;
  /** Extra response headers, e.g. `retry-after` on a rate limit. */
  headers?: Record<string, string>;
  /** Sent as is instead of GitHub's error JSON (e.g. a body Octokit cannot parse, or a 200 of the wrong shape). */
  rawBody?: string;
}

export interface FakeGitHubServer {
  /** API root for Octokit's `baseUrl` (also served under `${url}/api/v3`, as on GitHub Enterprise Server). */
  url: string;
  state: FakeGitHubState;
  requests: RecordedRequest[];
  /** Requests that could change state (everything but GET/HEAD). */
  writes(): RecordedRequest[];
  addCommit(input: AddCommitInput): string;
  setBranch(name: string, sha: string): void;
  addPullRequest(input: AddPullRequestInput): FakePullRequest;
  /** A push to a PR's head (a fork's too): moves the head and the head repository's `pushed_at`. */
  pushHead(number: number, sha: string): void;
  /** Seeds a comment, e.g. one by a human that quotes the bot's marker. */
  addComment(issueNumber: number, body: string, user?: string): number;
  /** Labels a pull request as `actor` did (recorded in its issue events, as GitHub does). */
  addLabel(issueNumber: number, label: string, actor?: string): void;
  /** Makes the next matching request(s) fail with a GitHub-shaped error. */
  failNext(failure: InjectedFailure): void;
  /** Answers the next matching request(s) with `body` as sent (a string is sent as is), status 200. */
  answerNext(method: string, path: RegExp, body: unknown, times?: number): void;
  /** Runs `effect` after each answered request that matches, e.g. a push that lands while a review runs. */
  onRequest(method: string, path: RegExp, effect: (request: RecordedRequest) => void): void;
  close(): Promise<void>;
}

const ROUTES = [
  ...pullRoutes,
  ...commentRoutes,
  ...checkRoutes,
  ...identityRoutes,
  ...labelRoutes,
  ...contentRoutes,
  ...gitDataRoutes,
  ...issueRoutes,
];
const GHE_PREFIX = "/api/v3";

export async function startFakeGitHubServer(options: FakeGitHubOptions = {}): Promise<FakeGitHubServer> {
  const state = new FakeGitHubState(options);
  const requests: RecordedRequest[] = [];
  const failures: InjectedFailure[] = [];
  const effects: Array<{ method: string; path: RegExp; effect: (request: RecordedRequest) => void }> = [];
  let origin = "";

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", origin);
    const prefixed = url.pathname.startsWith(`${GHE_PREFIX}/`);
    const rawPath = prefixed ? url.pathname.slice(GHE_PREFIX.length) : url.pathname;
    const path = safeDecode(rawPath);
    const text = await readBody(req);
    const body = text === "" ? {} : JSON.parse(text);
    const method = req.method ?? "GET";
    const recorded: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: text === "" ? undefined : body,
      authorization: req.headers.authorization,
      enterprise: prefixed,
    };
    requests.push(recorded);
    const ctx = {
      state,
      query: url.searchParams,
      body,
      path: rawPath,
      apiUrl: origin + (prefixed ? GHE_PREFIX : ""),
    };
    send(res, dispatch(method, rawPath, path, ctx, failures));
    for (const e of effects) if (e.method === method && e.path.test(path)) e.effect(recorded);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      send(res, { status: 500, body: errorBody(500, String(error)) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    state,
    requests,
    writes: () => requests.filter((r) => r.method !== "GET" && r.method !== "HEAD"),
    addCommit: (input) => state.addCommit(input),
    setBranch: (name, sha) => state.setBranch(name, sha),
    addPullRequest: (input) => state.addPullRequest(input),
    pushHead: (number, sha) => state.pushHead(number, sha),
    addComment: (issueNumber, body, user) => state.addComment(issueNumber, body, user).id,
    addLabel: (issueNumber, label, actor) => state.addLabel(issueNumber, label, actor),
    failNext: (failure) => failures.push({ times: 1, ...failure }),
    answerNext: (method, path, body, times = 1) => {
      const rawBody = typeof body === "string" ? body : JSON.stringify(body);
      failures.push({ method, path, status: 200, message: "", rawBody, times });
    },
    onRequest: (method, path, effect) => effects.push({ method, path, effect }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function dispatch(
  method: string,
  rawPath: string,
  path: string,
  base: Omit<RouteContext, "params">,
  failures: InjectedFailure[],
): RouteResult {
  const failure = failures.find((f) => f.method === method && f.path.test(path) && (f.times ?? 1) > 0);
  if (failure && (failure.after ?? 0) > 0) failure.after = (failure.after ?? 0) - 1;
  else if (failure) {
    failure.times = (failure.times ?? 1) - 1;
    return {
      status: failure.status,
      body: failure.rawBody ?? errorBody(failure.status, failure.message),
      ...(failure.rawBody !== undefined ? { raw: true } : {}),
      ...(failure.headers ? { headers: failure.headers } : {}),
    };
  }
  const repoMatch = /^\/repos\/([^/]+)\/([^/]+)/.exec(rawPath);
  if (repoMatch && `${repoMatch[1]}/${repoMatch[2]}`.toLowerCase() !== base.state.fullName.toLowerCase()) {
    return { status: 404, body: errorBody(404, "Not Found") };
  }
  for (const candidate of ROUTES) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(rawPath);
    if (!match) continue;
    const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, safeDecode(v)]));
    try {
      return candidate.handler({ ...base, params });
    } catch (error) {
      if (error instanceof HttpError)
        return { status: error.status, body: errorBody(error.status, error.message) };
      throw error;
    }
  }
  return { status: 404, body: errorBody(404, "Not Found") };
}

function send(res: ServerResponse, result: RouteResult): void {
  const status = result.status ?? 200;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...result.headers });
  const text = result.raw ? String(result.body) : JSON.stringify(result.body ?? {});
  res.end(status === 204 ? undefined : text);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
