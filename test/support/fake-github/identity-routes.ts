// Fake GitHub routes for who is calling: the token's user, collaborator permissions, the App and its installation.
import { HttpError, notFound, type Route, route } from "./router.js";

const R = "/repos/:owner/:repo";

export const identityRoutes: Route[] = [
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
