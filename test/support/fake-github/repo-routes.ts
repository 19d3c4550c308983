// Fake GitHub routes over the repository's content: commits, compare, contents, trees, blobs, refs.
import type { FakeCommit } from "./git-model.js";
import {
  HttpError,
  notFound,
  paginate,
  type Route,
  type RouteContext,
  requireString,
  route,
} from "./router.js";

/** Contents API serves text inline up to 1 MB; bigger files need the blobs API. */
const MAX_INLINE_CONTENT_BYTES = 1024 * 1024;
const COMPARE_FILES_PER_PAGE = 300;
const R = "/repos/:owner/:repo";

function commitJson(ctx: RouteContext, commit: FakeCommit) {
  const author = { name: "Octo Cat", email: "octocat@example.com", date: commit.date };
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha.slice(0, 12)}`,
    commit: { message: commit.message, author, committer: author, tree: { sha: commit.treeSha } },
    parents: commit.parents.map((sha) => ({ sha })),
    html_url: `https://github.com/${ctx.state.fullName}/commit/${commit.sha}`,
  };
}

function commitAt(ctx: RouteContext, ref: string): FakeCommit {
  const sha = ctx.state.git.resolve(ref);
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  return ctx.state.git.commits.get(sha)!;
}

function base64Lines(content: string): string {
  // GitHub wraps base64 content at 60 characters.
  return `${Buffer.from(content, "utf8").toString("base64").replace(/.{60}/g, "$&\n")}\n`;
}

function getContents(ctx: RouteContext) {
  const { git } = ctx.state;
  const commit = commitAt(ctx, ctx.query.get("ref") ?? ctx.state.defaultBranch);
  const files = git.filesAt(commit.sha);
  const path = ctx.params.path!.replace(/\/+$/, "");
  const blobSha = files.get(path);
  const entry = (name: string, type: string, sha: string) => ({ name, path: name, type, sha });
  if (blobSha === undefined) {
    const children = [...files.keys()].filter((file) => file.startsWith(`${path}/`));
    if (children.length === 0) notFound();
    return { body: children.map((file) => entry(file, "file", files.get(file)!)) };
  }
  const content = git.blobs.get(blobSha)!;
  const size = Buffer.byteLength(content);
  const big = size > MAX_INLINE_CONTENT_BYTES;
  return {
    body: {
      type: "file",
      name: path.split("/").pop(),
      path,
      sha: blobSha,
      size,
      encoding: big ? "none" : "base64",
      content: big ? "" : base64Lines(content),
    },
  };
}

function compare(ctx: RouteContext) {
  const [baseRef, headRef] = ctx.params.basehead!.split("...");
  const base = commitAt(ctx, baseRef ?? "");
  const head = commitAt(ctx, headRef ?? "");
  const { git } = ctx.state;
  const mergeBase = git.mergeBase(base.sha, head.sha) ?? base.sha;
  const behind = git.ancestors(base.sha);
  const commits = [...git.ancestors(head.sha)].filter((sha) => !behind.has(sha));
  const page = Math.max(1, Number(ctx.query.get("page") ?? 1));
  const files = git
    .diff(mergeBase, head.sha)
    .slice((page - 1) * COMPARE_FILES_PER_PAGE, page * COMPARE_FILES_PER_PAGE);
  const status = commits.length === 0 ? (mergeBase === head.sha ? "identical" : "behind") : "ahead";
  return {
    body: {
      status: mergeBase === base.sha || commits.length === 0 ? status : "diverged",
      ahead_by: commits.length,
      total_commits: commits.length,
      merge_base_commit: commitJson(ctx, git.commits.get(mergeBase)!),
      commits: commits.map((sha) => commitJson(ctx, git.commits.get(sha)!)),
      files: files.map((file) => ({ ...file, additions: 0, deletions: 0, changes: 0 })),
    },
  };
}

function listCommits(ctx: RouteContext) {
  const head = commitAt(ctx, ctx.query.get("sha") ?? ctx.state.defaultBranch);
  const path = ctx.query.get("path");
  const history = ctx.state.git
    .firstParentHistory(head.sha)
    .filter((commit) => path === null || ctx.state.git.touches(commit, path));
  const page = paginate(ctx, history);
  return { ...page, body: (page.body as FakeCommit[]).map((commit) => commitJson(ctx, commit)) };
}

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

export const repoRoutes: Route[] = [
  route("GET", R, (ctx) => ({
    body: {
      id: 1296269,
      name: ctx.state.repo,
      full_name: ctx.state.fullName,
      owner: { login: ctx.state.owner, type: "Organization" },
      private: false,
      default_branch: ctx.state.defaultBranch,
      html_url: `https://github.com/${ctx.state.fullName}`,
    },
  })),
  route("GET", `${R}/commits`, listCommits),
  route("GET", `${R}/commits/:ref`, (ctx) => ({ body: commitJson(ctx, commitAt(ctx, ctx.params.ref!)) })),
  route("GET", `${R}/compare/:basehead`, compare),
  route("GET", `${R}/contents/*path`, getContents),
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
