// Fake GitHub routes over the repository's content: the repository, commits, history, compare and contents.
import type { FakeCommit } from "./git-model.js";
import { HttpError, notFound, paginate, type Route, type RouteContext, route } from "./router.js";

const R = "/repos/:owner/:repo";

/** Contents API serves text inline up to 1 MB; bigger files need the blobs API. */
const MAX_INLINE_CONTENT_BYTES = 1024 * 1024;
const COMPARE_FILES_PER_PAGE = 300;

export function commitJson(ctx: RouteContext, commit: FakeCommit) {
  const author = { name: "Octo Cat", email: "octocat@example.com", date: commit.date };
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha.slice(0, 12)}`,
    commit: { message: commit.message, author, committer: author, tree: { sha: commit.treeSha } },
    parents: commit.parents.map((sha) => ({ sha })),
    html_url: `https://github.com/${ctx.state.fullName}/commit/${commit.sha}`,
  };
}

export function commitAt(ctx: RouteContext, ref: string): FakeCommit {
  const sha = ctx.state.git.resolve(ref);
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  return ctx.state.git.commits.get(sha)!;
}

export function base64Lines(content: string): string {
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

export const contentRoutes: Route[] = [
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
];
