// A repository served by nock on api.github.com: commits as file maps, one pull request, comments and check
// runs, with every write recorded (method, path, body) for snapshots.
import nock from "nock";
import { createOctokit, type GitHubOctokit } from "../../../src/adapters/github/octokit.js";

export const API = "https://api.github.com";
export const OWNER = "octo-org";
export const REPO = "prompts";
const R = `/repos/${OWNER}/${REPO}`;

export interface Write {
  method: string;
  path: string;
  body: unknown;
}

export interface MockRepository {
  /** Files by commit SHA. */
  commits: Record<string, Record<string, string>>;
  pull: {
    number: number;
    headSha: string;
    baseSha: string;
    /** The head moves to `sha` once the pull request was read `afterReads` times (a push mid-review). */
    movesTo?: { sha: string; afterReads: number };
    /** Reads of the pull request (1-based) that fail with a 502. */
    failReads?: number[];
  };
  comments?: Array<{ id: number; body: string; login: string }>;
  /** `labeled` events on the pull request, oldest first. */
  labelEvents?: Array<{ label: string; actor: string }>;
  /** First parents, newest last, for `GET /commits?path=` (rollback). */
  history?: string[];
  branches?: Record<string, string>;
  /** Roles by login for the collaborator permission endpoint; others get 404 (not a collaborator). */
  permissions?: Record<string, "admin" | "write" | "read">;
}

export function createTestOctokit(): GitHubOctokit {
  return createOctokit({ token: "ghs_test", baseUrl: API, throttle: false, retry: false });
}

const contentBody = (path: string, text: string) => ({
  type: "file",
  encoding: "base64",
  path,
  sha: "f".repeat(40),
  content: Buffer.from(text).toString("base64"),
});

function compare(repo: MockRepository, basehead: string) {
  const [base, head] = basehead.split("...") as [string, string];
  const from = repo.commits[base] ?? {};
  const to = repo.commits[head] ?? {};
  const files = [
    ...Object.keys(to).flatMap((f) =>
      from[f] === undefined
        ? [{ filename: f, status: "added" }]
        : from[f] !== to[f]
          ? [{ filename: f, status: "modified" }]
          : [],
    ),
    ...Object.keys(from).flatMap((f) => (to[f] === undefined ? [{ filename: f, status: "removed" }] : [])),
  ];
  return { status: "ahead", files };
}

/** Records every non-GET request `scope` answers into `writes`. */
export function recordWrites(scope: nock.Scope, writes: Write[]): nock.Scope {
  return scope.on("request", (req: { method: string; path: string }, _i: unknown, body: string) => {
    if (req.method !== "GET")
      writes.push({
        method: req.method,
        path: decodeURIComponent(req.path),
        body: body ? JSON.parse(body) : undefined,
      });
  });
}

/** Serves reads persistently and answers writes; returns the list the writes are recorded in. */
export function mockGitHub(repo: MockRepository, writes: Write[] = []): Write[] {
  const comments = [...(repo.comments ?? [])];
  const n = repo.pull.number;
  let reads = 0;
  const scope = recordWrites(nock(API).persist(), writes);
  scope
    .get(/\/contents\//)
    .query(true)
    .reply((uri) => {
      const url = new URL(uri, API);
      const path = decodeURIComponent(url.pathname.slice(`${R}/contents/`.length));
      const ref = url.searchParams.get("ref")!;
      const text = repo.commits[repo.branches?.[ref] ?? ref]?.[path];
      return text === undefined ? [404, { message: "Not Found" }] : [200, contentBody(path, text)];
    })
    .get(/\/compare\//)
    .query(true)
    .reply((uri) => [
      200,
      compare(repo, decodeURIComponent(new URL(uri, API).pathname.split("/compare/")[1]!)),
    ])
    .get(/\/git\/trees\//)
    .query(true)
    .reply((uri) => {
      const sha = new URL(uri, API).pathname.split("/").pop()!;
      const tree = Object.keys(repo.commits[sha] ?? {}).map((path) => ({
        path,
        type: "blob",
        mode: "100644",
        sha: "e".repeat(40),
      }));
      return [200, { sha, tree, truncated: false }];
    })
    .get(`${R}/pulls/${n}`)
    .reply(() => {
      reads++;
      if (repo.pull.failReads?.includes(reads)) return [502, { message: "Bad gateway" }];
      const moved = repo.pull.movesTo && reads > repo.pull.movesTo.afterReads;
      return [200, pullJson(repo, moved ? repo.pull.movesTo!.sha : repo.pull.headSha)];
    })
    .get(/\/collaborators\/[^/]+\/permission$/)
    .reply((uri) => {
      const login = decodeURIComponent(uri.split("/").at(-2)!);
      const permission = repo.permissions?.[login];
      return permission
        ? [200, { permission, role_name: permission, user: { login } }]
        : [404, { message: "Not Found" }];
    })
    .delete(/\/issues\/\d+\/labels\/.+$/)
    .reply(200, [])
    .get(/\/check-runs$/)
    .query(true)
    .reply(200, { total_count: 0, check_runs: [] })
    .get(`${R}/issues/${n}/comments`)
    .query(true)
    .reply(() => [200, comments.map((c) => commentJson(n, c.id, c.body, c.login))])
    .get(`${R}/issues/${n}/events`)
    .query(true)
    .reply(() => [
      200,
      (repo.labelEvents ?? []).map((e) => ({
        event: "labeled",
        actor: { login: e.actor },
        label: { name: e.label },
      })),
    ])
    .get("/user")
    .reply(403, { message: "Resource not accessible by integration" })
    .post(`${R}/check-runs`)
    .reply(201, { id: 41, status: "in_progress" })
    .patch(`${R}/check-runs/41`)
    .reply(200, { id: 41 })
    .post(`${R}/issues/${n}/comments`)
    .reply(201, (_uri, body) => commentJson(n, 501, (body as { body: string }).body, "github-actions[bot]"))
    .patch(/\/issues\/comments\/\d+$/)
    .reply(200, (uri, body) =>
      commentJson(n, Number(uri.split("/").pop()), (body as { body: string }).body, "github-actions[bot]"),
    );
  return writes;
}

function pullJson(repo: MockRepository, headSha: string) {
  const full = `${OWNER}/${REPO}`;
  return {
    number: repo.pull.number,
    state: "open",
    html_url: `https://github.com/${full}/pull/${repo.pull.number}`,
    labels: [],
    head: { ref: "change", sha: headSha, repo: { full_name: full } },
    base: { ref: "main", sha: repo.pull.baseSha, repo: { full_name: full, default_branch: "main" } },
  };
}

function commentJson(issue: number, id: number, body: string, login: string) {
  return {
    id,
    body,
    user: { login, type: login.endsWith("[bot]") ? "Bot" : "User" },
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${issue}#issuecomment-${id}`,
  };
}
