// Fake GitHub routes around the code: pull requests, comments, reactions, check runs, permissions, identity, App auth.
import {
  HttpError,
  notFound,
  paginate,
  type Route,
  type RouteContext,
  requireString,
  route,
} from "./router.js";
import type { FakeCheckRun, FakeComment, FakePullRequest } from "./state.js";

const R = "/repos/:owner/:repo";

function pullJson(ctx: RouteContext, pr: FakePullRequest) {
  const { state } = ctx;
  const baseRepo = {
    full_name: state.fullName,
    name: state.repo,
    default_branch: state.defaultBranch,
    fork: false,
  };
  const headRepo = pr.fork
    ? { full_name: `fork-owner/${state.repo}`, name: state.repo, fork: true, pushed_at: pr.headPushedAt }
    : baseRepo;
  const owner = pr.fork ? "fork-owner" : state.owner;
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

function commentJson(ctx: RouteContext, comment: FakeComment) {
  const bot = comment.user.endsWith("[bot]");
  const url = `https://github.com/${ctx.state.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    body: comment.body,
    user: { login: comment.user, type: bot ? "Bot" : "User" },
    html_url: url,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: bot ? "NONE" : "MEMBER",
  };
}

function commentAt(ctx: RouteContext): FakeComment {
  return ctx.state.comments.find((c) => c.id === Number(ctx.params.id)) ?? notFound();
}

function checkRunJson(ctx: RouteContext, run: FakeCheckRun) {
  const { annotations, updates: _updates, ...fields } = run;
  return {
    ...fields,
    html_url: `https://github.com/${ctx.state.fullName}/runs/${run.id}`,
    output: { ...run.output, annotations_count: annotations.length },
    app: { slug: ctx.state.actor.replace(/\[bot\]$/, "") },
  };
}

function applyCheckRunUpdate(run: FakeCheckRun, body: Record<string, unknown>): void {
  for (const key of ["name", "status", "conclusion", "details_url", "external_id"] as const) {
    if (body[key] !== undefined) (run as unknown as Record<string, unknown>)[key] = body[key];
  }
  if (body.conclusion !== undefined) run.status = "completed";
  const output = body.output as Record<string, unknown> | undefined;
  if (output) {
    const annotations = (output.annotations as unknown[] | undefined) ?? [];
    if (annotations.length > 50) throw new HttpError(422, "Only 50 annotations are allowed per request");
    const {
      title = run.output.title,
      summary = run.output.summary,
      text = run.output.text,
    } = output as never;
    run.output = { title, summary, text };
    run.annotations.push(...annotations);
  }
}

export const collaborationRoutes: Route[] = [
  route("GET", `${R}/pulls`, (ctx) => {
    const wanted = ctx.query.get("state") ?? "open";
    const pulls = [...ctx.state.pulls.values()].filter((pr) => wanted === "all" || pr.state === wanted);
    const page = paginate(ctx, pulls);
    return { ...page, body: (page.body as FakePullRequest[]).map((pr) => pullJson(ctx, pr)) };
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
  route("GET", `${R}/issues/:number/comments`, (ctx) => {
    const comments = ctx.state.comments.filter((c) => c.issueNumber === Number(ctx.params.number));
    const page = paginate(ctx, comments);
    return { ...page, body: (page.body as FakeComment[]).map((c) => commentJson(ctx, c)) };
  }),
  route("POST", `${R}/issues/:number/comments`, (ctx) => {
    const number = Number(ctx.params.number);
    if (!ctx.state.pulls.has(number) && !ctx.state.issues.has(number)) notFound();
    const comment = ctx.state.addComment(number, requireString(ctx.body, "body"));
    return { status: 201, body: commentJson(ctx, comment) };
  }),
  route("PATCH", `${R}/issues/comments/:id`, (ctx) => {
    const comment = commentAt(ctx);
    comment.body = requireString(ctx.body, "body");
    comment.updatedAt = ctx.state.now();
    return { body: commentJson(ctx, comment) };
  }),
  route("POST", `${R}/issues/comments/:id/reactions`, (ctx) => {
    const comment = commentAt(ctx);
    const content = requireString(ctx.body, "content");
    ctx.state.reactions.push({ commentId: comment.id, content, user: ctx.state.actor });
    return { status: 201, body: { id: ctx.state.newId(), content, user: { login: ctx.state.actor } } };
  }),
  route("POST", `${R}/check-runs`, (ctx) => {
    const run: FakeCheckRun = {
      id: ctx.state.newId(),
      name: requireString(ctx.body, "name"),
      head_sha: requireString(ctx.body, "head_sha"),
      status: "queued",
      conclusion: null,
      details_url: null,
      external_id: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      updates: 0,
    };
    applyCheckRunUpdate(run, ctx.body);
    ctx.state.checkRuns.push(run);
    return { status: 201, body: checkRunJson(ctx, run) };
  }),
  route("PATCH", `${R}/check-runs/:id`, (ctx) => {
    const run = ctx.state.checkRuns.find((r) => r.id === Number(ctx.params.id)) ?? notFound();
    applyCheckRunUpdate(run, ctx.body);
    run.updates++;
    return { body: checkRunJson(ctx, run) };
  }),
  route("GET", `${R}/commits/:ref/check-runs`, (ctx) => {
    const sha = ctx.state.git.resolve(ctx.params.ref!) ?? ctx.params.ref!;
    const name = ctx.query.get("check_name");
    let runs = ctx.state.checkRuns.filter((r) => r.head_sha === sha && (name === null || r.name === name));
    // filter=latest (the default) keeps the newest run of each name.
    if (ctx.query.get("filter") !== "all")
      runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.id > r.id));
    return { body: { total_count: runs.length, check_runs: runs.map((r) => checkRunJson(ctx, r)) } };
  }),
  route("GET", `${R}/collaborators/:username/permission`, (ctx) => {
    const role = ctx.state.permissions[ctx.params.username!] ?? notFound();
    const permission = role === "maintain" ? "write" : role === "triage" ? "read" : role;
    return { body: { permission, role_name: role, user: { login: ctx.params.username } } };
  }),
  route("GET", `${R}/installation`, (ctx) => ({
    body: {
      id: ctx.state.installationId,
      app_id: 1,
      app_slug: ctx.state.appSlug,
      account: { login: ctx.state.owner, type: "Organization" },
      target_type: "Organization",
    },
  })),
  route("GET", "/user", (ctx) => {
    if (ctx.state.userLogin === null) throw new HttpError(403, "Resource not accessible by integration");
    return { body: { login: ctx.state.userLogin, type: "User" } };
  }),
  route("GET", "/app", (ctx) => ({ body: { id: 1, slug: ctx.state.appSlug, name: ctx.state.appSlug } })),
  route("POST", "/app/installations/:id/access_tokens", (ctx) => {
    if (Number(ctx.params.id) !== ctx.state.installationId) notFound();
    return {
      status: 201,
      body: {
        token: `ghs_fake${ctx.state.newId()}`,
        expires_at: "2099-01-01T00:00:00Z",
        permissions: { checks: "write", contents: "write", pull_requests: "write", issues: "write" },
        repository_selection: "selected",
      },
    };
  }),
];
