// Fake GitHub routes for check runs: create, update (the lifecycle) and list by commit.
import { HttpError, notFound, type Route, type RouteContext, requireString, route } from "./router.js";
import type { FakeCheckRun } from "./state.js";

const R = "/repos/:owner/:repo";

function checkRunJson(ctx: RouteContext, run: FakeCheckRun) {
  const { annotations, updates: _updates, appSlug, ...fields } = run;
  return {
    ...fields,
    html_url: `https://github.com/${ctx.state.fullName}/runs/${run.id}`,
    output: { ...run.output, annotations_count: annotations.length },
    app: { slug: appSlug ?? ctx.state.actor.replace(/\[bot\]$/, "") },
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

export const checkRoutes: Route[] = [
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
];
