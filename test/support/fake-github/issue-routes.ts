// Fake GitHub routes for plain issues (the drift monitor's): list by label and state, open, edit and close.
import { HttpError, notFound, paginate, type Route, type RouteContext, route } from "./router.js";
import type { FakeIssue } from "./state.js";

const R = "/repos/:owner/:repo";

function issueJson(ctx: RouteContext, issue: FakeIssue) {
  return {
    id: 9000 + issue.number,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.stateReason,
    labels: issue.labels.map((name, i) => ({ id: i + 1, name, color: "ededed" })),
    user: { login: issue.user, type: issue.user.endsWith("[bot]") ? "Bot" : "User" },
    html_url: `https://github.com/${ctx.state.fullName}/issues/${issue.number}`,
  };
}

/** As GitHub does, the issues list also holds pull requests, marked by a `pull_request` field. */
function listIssues(ctx: RouteContext) {
  const state = ctx.query.get("state") ?? "open";
  const wanted = (ctx.query.get("labels") ?? "").split(",").filter((l) => l !== "");
  const pulls = [...ctx.state.pulls.values()].map((pr) => ({
    ...issueJson(ctx, { ...pr, body: pr.body, state: "open", stateReason: null }),
    pull_request: { url: `${ctx.apiUrl}/repos/${ctx.state.fullName}/pulls/${pr.number}` },
  }));
  const items = [...[...ctx.state.issues.values()].map((issue) => issueJson(ctx, issue)), ...pulls]
    .filter((i) => state === "all" || i.state === state)
    .filter((i) => wanted.every((label) => i.labels.some((l) => l.name === label)))
    .sort((a, b) => b.number - a.number);
  return paginate(ctx, items);
}

export const issueRoutes: Route[] = [
  route("GET", `${R}/issues`, listIssues),
  route("POST", `${R}/issues`, (ctx) => {
    const title = ctx.body.title;
    if (typeof title !== "string" || title === "") throw new HttpError(422, "Validation Failed: title");
    const labels = Array.isArray(ctx.body.labels) ? (ctx.body.labels as string[]) : [];
    const issue: FakeIssue = {
      number: ctx.state.nextIssueNumber(),
      title,
      body: typeof ctx.body.body === "string" ? ctx.body.body : "",
      labels,
      state: "open",
      stateReason: null,
      user: ctx.state.actor,
    };
    ctx.state.issues.set(issue.number, issue);
    return { status: 201, body: issueJson(ctx, issue) };
  }),
  route("GET", `${R}/issues/:number`, (ctx) => {
    const issue = ctx.state.issues.get(Number(ctx.params.number)) ?? notFound();
    return { body: issueJson(ctx, issue) };
  }),
  route("PATCH", `${R}/issues/:number`, (ctx) => {
    const issue = ctx.state.issues.get(Number(ctx.params.number)) ?? notFound();
    if (typeof ctx.body.title === "string") issue.title = ctx.body.title;
    if (typeof ctx.body.body === "string") issue.body = ctx.body.body;
    if (ctx.body.state === "open" || ctx.body.state === "closed") issue.state = ctx.body.state;
    if (typeof ctx.body.state_reason === "string") issue.stateReason = ctx.body.state_reason;
    return { body: issueJson(ctx, issue) };
  }),
];
