// Fake GitHub routes for pull requests: list, read and open (a rollback's).
import {
  HttpError,
  notFound,
  paginate,
  type Route,
  type RouteContext,
  requireString,
  route,
} from "./router.js";
import type { FakePullRequest } from "./state.js";

const R = "/repos/:owner/:repo";

function pullJson(ctx: RouteContext, pr: FakePullRequest) {
  const { state } = ctx;
  const baseRepo = {
    full_name: state.fullName,
    name: state.repo,
    default_branch: state.defaultBranch,
    fork: false,
    pushed_at: pr.headPushedAt,
  };
  const forkName = pr.headRepoFullName === undefined ? `fork-owner/${state.repo}` : pr.headRepoFullName;
  const forkRepo = forkName === null ? null : { full_name: forkName, name: state.repo, fork: true };
  const headRepo = pr.fork ? forkRepo && { ...forkRepo, pushed_at: pr.headPushedAt } : baseRepo;
  const owner = pr.fork ? (forkName?.split("/")[0] ?? "ghost") : state.owner;
  return {
    number: pr.number,
    state: pr.state,
    title: pr.title,
    body: pr.body,
    draft: false,
    user: { login: pr.user, type: "User" },
    html_url: `https://github.com/${state.fullName}/pull/${pr.number}`,
    labels: pr.labels.map((name, i) => ({ id: i + 1, name, color: "ededed" })),
    head: { ref: pr.headRef, sha: pr.headSha, label: `${owner}:${pr.headRef}`, repo: headRepo },
    base: { ref: pr.baseRef, sha: pr.baseSha, label: `${state.owner}:${pr.baseRef}`, repo: baseRepo },
  };
}

function pullAt(ctx: RouteContext): FakePullRequest {
  return ctx.state.pulls.get(Number(ctx.params.number)) ?? notFound();
}

export const pullRoutes: Route[] = [
  route("GET", `${R}/pulls`, (ctx) => {
    const wanted = ctx.query.get("state") ?? "open";
    const pulls = [...ctx.state.pulls.values()].filter((pr) => wanted === "all" || pr.state === wanted);
    const page = paginate(ctx, pulls);
    return { ...page, body: (page.body as FakePullRequest[]).map((pr) => pullJson(ctx, pr)) };
  }),
  // The pull requests whose head is this commit (how the App finds a fork PR from a check run).
  route("GET", `${R}/commits/:sha/pulls`, (ctx) => {
    const sha = ctx.state.git.resolve(ctx.params.sha!) ?? ctx.params.sha!;
    const pulls = [...ctx.state.pulls.values()].filter((pr) => pr.headSha === sha);
    return { body: pulls.map((pr) => pullJson(ctx, pr)) };
  }),
  route("GET", `${R}/pulls/:number`, (ctx) => ({ body: pullJson(ctx, pullAt(ctx)) })),
  route("POST", `${R}/pulls`, (ctx) => {
    const headRef = requireString(ctx.body, "head");
    const baseRef = requireString(ctx.body, "base");
    const headSha = ctx.state.git.branches.get(headRef);
    const baseSha = ctx.state.git.branches.get(baseRef);
    if (!headSha || !baseSha) throw new HttpError(422, "Validation Failed");
    const pr = ctx.state.addPullRequest({
      number: ctx.state.nextIssueNumber(),
      headRef,
      baseRef,
      headSha,
      baseSha,
      title: requireString(ctx.body, "title"),
      user: ctx.state.actor,
    });
    pr.body = typeof ctx.body.body === "string" ? ctx.body.body : "";
    return { status: 201, body: pullJson(ctx, pr) };
  }),
];
