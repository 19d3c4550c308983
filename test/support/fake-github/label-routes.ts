// Fake GitHub routes for labels on pull requests and the issue events that record who added them.
import { HttpError, notFound, paginate, type Route, type RouteContext, route } from "./router.js";
import type { FakeIssueEvent } from "./state.js";

const R = "/repos/:owner/:repo";

function labelsOf(ctx: RouteContext) {
  const pr = ctx.state.pulls.get(Number(ctx.params.number)) ?? notFound();
  return pr.labels.map((name, i) => ({ id: i + 1, name, color: "ededed", default: false }));
}

function eventJson(event: FakeIssueEvent, id: number) {
  return {
    id,
    event: event.event,
    actor: { login: event.actor, type: event.actor.endsWith("[bot]") ? "Bot" : "User" },
    label: { name: event.label, color: "ededed" },
    created_at: event.createdAt,
  };
}

export const labelRoutes: Route[] = [
  route("POST", `${R}/issues/:number/labels`, (ctx) => {
    const number = Number(ctx.params.number);
    if (!ctx.state.pulls.has(number)) notFound();
    const labels = ctx.body.labels;
    if (!Array.isArray(labels) || labels.some((l) => typeof l !== "string")) {
      throw new HttpError(422, 'Invalid request.\n\n"labels" wasn\'t supplied.');
    }
    for (const label of labels as string[]) ctx.state.addLabel(number, label);
    return { body: labelsOf(ctx) };
  }),
  route("DELETE", `${R}/issues/:number/labels/:name`, (ctx) => {
    const number = Number(ctx.params.number);
    if (!ctx.state.removeLabel(number, ctx.params.name!)) throw new HttpError(404, "Label does not exist");
    return { body: labelsOf(ctx) };
  }),
  route("GET", `${R}/issues/:number/events`, (ctx) => {
    const number = Number(ctx.params.number);
    const events = ctx.state.issueEvents
      .map((event, i) => ({ event, id: i + 1 }))
      .filter(({ event }) => event.issueNumber === number);
    const page = paginate(ctx, events);
    const body = (page.body as typeof events).map(({ event, id }) => eventJson(event, id));
    return { ...page, body };
  }),
];
