// Test support for the GitHub adapters: an offline client, a recorder of what nock saw, and real-shaped API bodies.
import nock from "nock";
import { createOctokit, type GitHubOctokit } from "../../../src/adapters/github/octokit.js";

export const API = "https://api.github.com";
export const OWNER = "octo-org";
export const REPO = "prompts";
export const REPO_PATH = `/repos/${OWNER}/${REPO}`;

export function createTestClient(baseUrl = API): GitHubOctokit {
  return createOctokit({ token: "ghs_test", baseUrl, throttle: false, retry: false });
}

export interface SeenRequest {
  method: string;
  path: string;
  body: unknown;
}

/** nock scope for api.github.com that writes every request it answers into `seen`. */
export function githubScope(seen: SeenRequest[] = [], baseUrl = API): nock.Scope {
  return nock(baseUrl).on(
    "request",
    (req: { method: string; path: string }, _interceptor: unknown, body: string) => {
      seen.push({
        method: req.method,
        path: decodeURIComponent(req.path),
        body: body ? JSON.parse(body) : undefined,
      });
    },
  );
}

export function sha(seed: string): string {
  return seed.repeat(40).slice(0, 40);
}

/** Response body of `GET /repos/{o}/{r}/issues/{n}/comments` items and comment writes. */
export function issueComment(id: number, body: string, login: string) {
  const bot = login.endsWith("[bot]");
  return {
    url: `${API}${REPO_PATH}/issues/comments/${id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/7#issuecomment-${id}`,
    issue_url: `${API}${REPO_PATH}/issues/7`,
    id,
    node_id: `IC_kwDOA${id}`,
    user: { login, id: bot ? 41898282 : 583231, type: bot ? "Bot" : "User", site_admin: false },
    created_at: "2025-06-01T10:00:00Z",
    updated_at: "2025-06-01T10:00:00Z",
    author_association: bot ? "NONE" : "MEMBER",
    body,
    reactions: { total_count: 0, "+1": 0, "-1": 0 },
    performed_via_github_app: null,
  };
}

export function checkRun(id: number, headSha: string, status: string, conclusion: string | null = null) {
  return {
    id,
    name: "promptgate",
    node_id: `CR_kwDOA${id}`,
    head_sha: headSha,
    external_id: "",
    url: `${API}${REPO_PATH}/check-runs/${id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/runs/${id}`,
    details_url: `https://github.com/${OWNER}/${REPO}/actions/runs/1/job/${id}`,
    status,
    conclusion,
    started_at: "2025-06-01T10:00:00Z",
    completed_at: conclusion ? "2025-06-01T10:05:00Z" : null,
    output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: "" },
    check_suite: { id: 5 },
    app: { id: 15368, slug: "github-actions", name: "GitHub Actions" },
    pull_requests: [],
  };
}

export function pullRequest(options: {
  number?: number;
  headSha: string;
  baseSha: string;
  labels?: string[];
  headRepo?: string | null;
}) {
  const number = options.number ?? 7;
  const baseRepo = { id: 1, full_name: `${OWNER}/${REPO}`, name: REPO, fork: false, default_branch: "main" };
  const headRepoName = options.headRepo === undefined ? `${OWNER}/${REPO}` : options.headRepo;
  const headRepo =
    headRepoName === null
      ? null
      : {
          id: 2,
          full_name: headRepoName,
          name: REPO,
          fork: headRepoName !== baseRepo.full_name,
          default_branch: "main",
          pushed_at: "2025-06-01T09:59:00Z",
        };
  return {
    url: `${API}${REPO_PATH}/pulls/${number}`,
    id: 1_000_000 + number,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`,
    number,
    state: "open",
    locked: false,
    title: "Tighten the support prompt",
    user: { login: "octocat", type: "User" },
    body: "Shorter answers.",
    labels: (options.labels ?? []).map((name, i) => ({ id: i + 1, name, color: "ededed", default: false })),
    draft: false,
    head: { label: "octocat:tighten", ref: "tighten", sha: options.headSha, repo: headRepo },
    base: { label: `${OWNER}:main`, ref: "main", sha: options.baseSha, repo: baseRepo },
    author_association: "MEMBER",
    merged: false,
    mergeable_state: "clean",
  };
}

/** `GET /repos/{o}/{r}/contents/{path}` for a file: base64 wrapped at 60 columns, as GitHub sends it. */
export function contentsFile(path: string, content: string, blobSha: string, inline = true) {
  const base64 = Buffer.from(content).toString("base64").replace(/.{60}/g, "$&\n");
  return {
    type: "file",
    encoding: inline ? "base64" : "none",
    size: Buffer.byteLength(content),
    name: path.split("/").pop(),
    path,
    content: inline ? `${base64}\n` : "",
    sha: blobSha,
    url: `${API}${REPO_PATH}/contents/${path}`,
    html_url: `https://github.com/${OWNER}/${REPO}/blob/main/${path}`,
    download_url: `https://raw.githubusercontent.com/${OWNER}/${REPO}/main/${path}`,
  };
}

export function commitSummary(commitSha: string, treeSha = sha("e"), message = "Update prompt") {
  return {
    sha: commitSha,
    node_id: `C_${commitSha.slice(0, 10)}`,
    commit: {
      author: { name: "Octo Cat", email: "octocat@example.com", date: "2025-06-01T10:00:00Z" },
      message,
      tree: { sha: treeSha, url: `${API}${REPO_PATH}/git/trees/${treeSha}` },
    },
    html_url: `https://github.com/${OWNER}/${REPO}/commit/${commitSha}`,
    parents: [],
  };
}
