// Fake GitHub routes for issue and pull request comments and their reactions.
import { notFound, paginate, type Route, type RouteContext, requireString, route } from "./router.js";
import type { FakeComment } from "./state.js";

const R = "/repos/:owner/:repo";

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

export const commentRoutes: Route[] = [
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
];
