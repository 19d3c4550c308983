// Fake GitHub routes for the git data API: trees, blobs, commits and branch refs (what a rollback writes).
import { base64Lines, commitAt, commitJson } from "./content-routes.js";
import { HttpError, notFound, type Route, type RouteContext, requireString, route } from "./router.js";

const R = "/repos/:owner/:repo";

function getTree(ctx: RouteContext) {
  const { git } = ctx.state;
  const ref = ctx.params.sha!;
  const treeSha = git.trees.has(ref) ? ref : commitAt(ctx, ref).treeSha;
  const files = git.trees.get(treeSha)!;
  const dirs = new Set<string>();
  for (const path of files.keys()) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  const tree = [
    ...[...dirs].map((path) => ({ path, mode: "040000", type: "tree", sha: "0".repeat(40) })),
    ...[...files].map(([path, sha]) => ({ path, mode: "100644", type: "blob", sha })),
  ].sort((a, b) => (a.path < b.path ? -1 : 1));
  const recursive = ctx.query.has("recursive");
  return {
    body: {
      sha: treeSha,
      tree: recursive ? tree : tree.filter((e) => !e.path.includes("/")),
      truncated: false,
    },
  };
}

function postTree(ctx: RouteContext) {
  const { git } = ctx.state;
  const baseTree = ctx.body.base_tree as string | undefined;
  const files = new Map(baseTree ? (git.trees.get(baseTree) ?? notFound()) : []);
  for (const entry of ctx.body.tree as Array<{ path: string; sha?: string | null; content?: string }>) {
    if (entry.content !== undefined) files.set(entry.path, git.putBlob(entry.content));
    else if (entry.sha) files.set(entry.path, entry.sha);
    else files.delete(entry.path);
  }
  return { status: 201, body: { sha: git.putTree(files), truncated: false } };
}

function postCommit(ctx: RouteContext) {
  const tree = requireString(ctx.body, "tree");
  if (!ctx.state.git.trees.has(tree)) throw new HttpError(422, "Tree SHA does not exist");
  const parents = (ctx.body.parents as string[] | undefined) ?? [];
  const sha = ctx.state.git.putCommit(tree, parents, requireString(ctx.body, "message"));
  return { status: 201, body: { ...commitJson(ctx, ctx.state.git.commits.get(sha)!).commit, sha } };
}

function refJson(ctx: RouteContext, branch: string) {
  const sha = ctx.state.git.branches.get(branch) ?? notFound();
  return { ref: `refs/heads/${branch}`, object: { type: "commit", sha } };
}

function branchOf(ref: string): string {
  return ref.replace(/^refs\//, "").replace(/^heads\//, "");
}

export const gitDataRoutes: Route[] = [
  route("GET", `${R}/git/trees/:sha`, getTree),
  route("POST", `${R}/git/trees`, postTree),
  route("GET", `${R}/git/blobs/:sha`, (ctx) => {
    const content = ctx.state.git.blobs.get(ctx.params.sha!) ?? notFound();
    const size = Buffer.byteLength(content);
    return { body: { sha: ctx.params.sha, size, encoding: "base64", content: base64Lines(content) } };
  }),
  route("POST", `${R}/git/blobs`, (ctx) => {
    const raw = requireString(ctx.body, "content");
    const text = ctx.body.encoding === "base64" ? Buffer.from(raw, "base64").toString("utf8") : raw;
    return { status: 201, body: { sha: ctx.state.git.putBlob(text) } };
  }),
  route("POST", `${R}/git/commits`, postCommit),
  route("GET", `${R}/git/ref/*ref`, (ctx) => ({ body: refJson(ctx, branchOf(ctx.params.ref!)) })),
  route("GET", `${R}/git/refs/*ref`, (ctx) => ({ body: refJson(ctx, branchOf(ctx.params.ref!)) })),
  route("POST", `${R}/git/refs`, (ctx) => {
    const ref = requireString(ctx.body, "ref");
    if (!ref.startsWith("refs/")) throw new HttpError(422, "Reference name must start with 'refs/'");
    const branch = branchOf(ref);
    if (ctx.state.git.branches.has(branch)) throw new HttpError(422, "Reference already exists");
    const sha = requireString(ctx.body, "sha");
    if (!ctx.state.git.commits.has(sha)) throw new HttpError(422, "Object does not exist");
    ctx.state.setBranch(branch, sha);
    return { status: 201, body: refJson(ctx, branch) };
  }),
  route("PATCH", `${R}/git/refs/*ref`, (ctx) => {
    const branch = branchOf(ctx.params.ref!);
    const current = ctx.state.git.branches.get(branch) ?? notFound();
    const sha = requireString(ctx.body, "sha");
    if (!ctx.state.git.commits.has(sha)) throw new HttpError(422, "Object does not exist");
    if (ctx.body.force !== true && !ctx.state.git.ancestors(sha).has(current)) {
      throw new HttpError(422, "Update is not a fast forward");
    }
    ctx.state.setBranch(branch, sha);
    return { body: refJson(ctx, branch) };
  }),
];
