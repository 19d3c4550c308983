// Rollback of one prompt file: a branch with the file as it was before its last change, opened as a PR.
import { escapeHtml, escapeInline, inlineCode, md, type SafeMarkdown } from "../../render/escape.js";
import { isHttpError, readErrorMessage, withPermission } from "./errors.js";
import { advanceBranch, createBranchRef } from "./git-refs.js";
import { createGitHubRepoReader } from "./github-repo-reader.js";
import { type GitHubClient, listAllPages, requestData } from "./octokit.js";

export interface RollbackInput {
  owner: string;
  repo: string;
  /** Repository-relative path of the file to restore. */
  path: string;
  /** Commit whose version to restore; default: the version before the file's last change on the default branch. */
  toSha?: string;
  defaultBranch: string;
}

export interface RollbackResult {
  number: number;
  url: string;
  branch: string;
  /** The rollback commit, head of the new PR. */
  headSha: string;
  /** The commit whose version of the file was restored. */
  toSha: string;
  /** The default branch head the rollback branched from. */
  baseSha: string;
  /** An open rollback PR for the same file and commit already existed and is returned instead of a new one. */
  reused: boolean;
}

const BRANCH_PREFIX = "promptgate/rollback-";

/** Gives up after this many `-N` suffixes on an existing branch name. */
const MAX_BRANCH_ATTEMPTS = 20;

export async function openRollbackPullRequest(
  client: GitHubClient,
  input: RollbackInput,
): Promise<RollbackResult> {
  const { owner, repo, path, defaultBranch } = input;
  const toSha = input.toSha ?? (await findPreviousVersion(client, input));
  const short = toSha.slice(0, 7);
  const reader = createGitHubRepoReader(client, { owner, repo });
  const content = await reader.readFile(toSha, path);
  if (content === null) throw new Error(`${path} does not exist at ${short}: nothing to roll back to`);
  // Asking twice (a repeated command, a re-run workflow) must not open a second PR for the same rollback.
  const open = await findOpenRollback(client, input, { toSha, content });
  if (open) return open;

  const head = await requestData<{ sha: string; commit: { tree: { sha: string } } }>(
    client,
    "GET /repos/{owner}/{repo}/commits/{ref}",
    { owner, repo, ref: defaultBranch },
  );
  if ((await reader.readFile(head.sha, path)) === content) {
    throw new Error(`${path} on ${defaultBranch} is already the version from ${short}: nothing to roll back`);
  }

  const pushed = await withPermission("contents: write", `push a rollback branch for ${path}`, () =>
    pushRollbackCommit(client, input, { content, toSha, parent: head.sha, parentTree: head.commit.tree.sha }),
  );
  const pr = await withPermission("pull-requests: write", `open the rollback pull request for ${path}`, () =>
    requestData<{ number: number; html_url: string }>(client, "POST /repos/{owner}/{repo}/pulls", {
      owner,
      repo,
      title: `Roll back ${path} to ${short}`,
      head: pushed.branch,
      base: defaultBranch,
      body: buildRollbackBody(path, toSha, head.sha),
    }),
  );
  return { number: pr.number, url: pr.html_url, ...pushed, toSha, baseSha: head.sha, reused: false };
}

interface OpenPull {
  number: number;
  html_url: string;
  body: string | null;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { sha: string };
}

/**
 * An open PR that restores the same file to the same commit: its body carries our marker, its branch is one
 * of ours in this repository (anyone can copy a marker into a fork's PR), and its head holds that content.
 */
async function findOpenRollback(
  client: GitHubClient,
  { owner, repo, path, defaultBranch }: RollbackInput,
  restore: { toSha: string; content: string },
): Promise<RollbackResult | undefined> {
  const marker = buildRollbackMarker(path, restore.toSha);
  const fullName = `${owner}/${repo}`.toLowerCase();
  const isCandidate = (pr: OpenPull) =>
    (pr.body ?? "").includes(marker) &&
    pr.head.repo?.full_name.toLowerCase() === fullName &&
    pr.head.ref.startsWith(BRANCH_PREFIX);
  const pulls = await listAllPages<OpenPull>(
    client,
    "GET /repos/{owner}/{repo}/pulls",
    { owner, repo, state: "open", base: defaultBranch },
    (batch) => batch.some(isCandidate),
  );
  const reader = createGitHubRepoReader(client, { owner, repo });
  for (const pr of pulls.filter(isCandidate)) {
    if ((await reader.readFile(pr.head.sha, path)) !== restore.content) continue;
    return {
      number: pr.number,
      url: pr.html_url,
      branch: pr.head.ref,
      headSha: pr.head.sha,
      toSha: restore.toSha,
      baseSha: pr.base.sha,
      reused: true,
    };
  }
  return undefined;
}

/** A new branch from the default branch head, then one commit on it that puts back the old content. */
async function pushRollbackCommit(
  client: GitHubClient,
  { owner, repo, path }: RollbackInput,
  change: { content: string; toSha: string; parent: string; parentTree: string },
): Promise<{ branch: string; headSha: string }> {
  const short = change.toSha.slice(0, 7);
  const branch = await createBranch(client, { owner, repo }, buildBranchName(path, short), change.parent);
  const blob = await requestData<{ sha: string }>(client, "POST /repos/{owner}/{repo}/git/blobs", {
    owner,
    repo,
    content: change.content,
    encoding: "utf-8",
  });
  const tree = await requestData<{ sha: string }>(client, "POST /repos/{owner}/{repo}/git/trees", {
    owner,
    repo,
    base_tree: change.parentTree,
    tree: [{ path, mode: "100644", type: "blob", sha: blob.sha }],
  });
  const commit = await requestData<{ sha: string }>(client, "POST /repos/{owner}/{repo}/git/commits", {
    owner,
    repo,
    message: `Roll back ${path} to ${short}\n\nRestores ${path} as of commit ${change.toSha}.`,
    tree: tree.sha,
    parents: [change.parent],
  });
  await advanceBranch(client, { owner, repo }, branch, commit.sha);
  return { branch, headSha: commit.sha };
}

/** The commit before the file's last change: the second entry of the file's history on the default branch. */
async function findPreviousVersion(client: GitHubClient, input: RollbackInput): Promise<string> {
  const { owner, repo, path, defaultBranch } = input;
  const history = await requestData<Array<{ sha: string }>>(client, "GET /repos/{owner}/{repo}/commits", {
    owner,
    repo,
    path,
    sha: defaultBranch,
    per_page: 2,
  });
  const previous = history[1];
  if (!previous) {
    throw new Error(
      `no earlier version of ${path} on ${defaultBranch}: ` +
        (history.length === 0 ? "the file has no history there" : "it was added by its only commit"),
    );
  }
  return previous.sha;
}

/** `promptgate/rollback-support-abc1234` for `prompts/support.prompt.yml` at abc1234…. */
export function buildBranchName(path: string, shortSha: string): string {
  const base = (path.split("/").pop() ?? path)
    .replace(/\.(prompt\.ya?ml|prompty|prompt)$/i, "")
    .replace(/\.[^.]+$/, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return `${BRANCH_PREFIX}${base || "file"}-${shortSha}`;
}

/** Creates `name`, or `name-2`, `name-3` … when a branch of that name already exists. */
async function createBranch(
  client: GitHubClient,
  { owner, repo }: { owner: string; repo: string },
  name: string,
  sha: string,
): Promise<string> {
  for (let attempt = 1; attempt <= MAX_BRANCH_ATTEMPTS; attempt++) {
    const branch = attempt === 1 ? name : `${name}-${attempt}`;
    try {
      await createBranchRef(client, { owner, repo }, branch, sha);
      return branch;
    } catch (error) {
      if (!(isHttpError(error, 422) && /already exists/i.test(readErrorMessage(error)))) throw error;
    }
  }
  throw new Error(
    `branches ${name} to ${name}-${MAX_BRANCH_ATTEMPTS} all exist; delete old rollback branches`,
  );
}

/**
 * The hidden line that identifies a rollback PR by file and restored commit. The path is HTML-escaped, so one
 * holding `-->` cannot close the comment and write Markdown after it.
 */
export function buildRollbackMarker(path: string, toSha: string): SafeMarkdown {
  return md`<!-- promptgate:rollback path=${escapeHtml(JSON.stringify(path))} to=${escapeInline(toSha)} -->`;
}

function buildRollbackBody(path: string, toSha: string, fromSha: string): SafeMarkdown {
  return md`${buildRollbackMarker(path, toSha)}
This pull request restores ${inlineCode(path)} to its content at commit ${escapeInline(toSha)}.

It branches from ${escapeInline(fromSha)}, the current head of the default branch, and changes only that file.
promptgate reviews it like any other prompt change: the comment below compares the current
version (base) with the restored one (head).`;
}
