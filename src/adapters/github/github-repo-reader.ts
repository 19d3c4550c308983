// RepoReader over the GitHub REST API: reads the PR purely as data, never checks out or runs its code.
// Every answer is checked for the fields read; an unreadable one never reads as "no change".
import { z } from "zod";
import { decodeText } from "../../core/text-content.js";
import type { ChangedFile, Logger, RepoReader } from "../../ports.js";
import { silentLogger } from "../../ports.js";
import { UnreadableAnswerError } from "./answer.js";
import { isHttpError } from "./errors.js";
import { type GitHubClient, requestParsed } from "./octokit.js";
import { diffTrees, listTreeBlobs, type TreeBlob } from "./tree-diff.js";

export interface RepoCoordinates {
  owner: string;
  repo: string;
}

export interface GitHubRepoReaderOptions {
  logger?: Logger;
}

const compareFileSchema = z.object({
  filename: z.string().min(1),
  status: z.string(),
  previous_filename: z.string().optional(),
});

/** `files` is required: GitHub always lists them (empty when nothing changed); without it nothing is known. */
const compareSchema = z.object({
  status: z.enum(["identical", "ahead", "behind", "diverged"]).optional(),
  total_commits: z.number().int().min(0).optional(),
  files: z.array(compareFileSchema),
});

type CompareFile = z.infer<typeof compareFileSchema>;

const contentsFileSchema = z.object({
  type: z.string(),
  encoding: z.string().optional(),
  content: z.string().optional(),
  sha: z.string(),
});

/** A directory answers with its entries (read as "no file here"); anything else must be one entry. */
const contentsSchema = z.union([z.array(z.unknown()), contentsFileSchema]);

const blobSchema = z.object({ content: z.string(), encoding: z.string() });

/** The compare API lists at most this many files per response (and, in practice, per comparison). */
export const COMPARE_FILES_PER_PAGE = 300;

/** compare holds at most 3,000 files across pages; past that only a tree diff sees everything. */
const MAX_COMPARE_PAGES = 10;

const FULL_SHA = /^[0-9a-f]{40}$/i;

export function createGitHubRepoReader(
  client: GitHubClient,
  { owner, repo }: RepoCoordinates,
  options: GitHubRepoReaderOptions = {},
): RepoReader {
  const logger = options.logger ?? silentLogger;
  const fileCache = new Map<string, Promise<string | null>>();
  const treeCache = new Map<string, Promise<{ blobs: TreeBlob[]; truncated: boolean }>>();

  const readTree = (sha: string) => {
    let tree = treeCache.get(sha);
    if (!tree) {
      tree = listTreeBlobs(client, { owner, repo }, sha);
      treeCache.set(sha, tree);
      tree.catch(() => treeCache.delete(sha));
    }
    return tree;
  };

  return {
    resolveRef: (ref) => resolveCommitSha(client, { owner, repo }, ref),
    listChangedFiles: (baseSha, headSha) =>
      listChangedFiles(client, { owner, repo }, { baseSha, headSha, logger, readTree }),
    readFile(sha, path) {
      const key = `${sha}:${path}`;
      let read = fileCache.get(key);
      if (!read) {
        read = readContent(client, { owner, repo }, sha, path);
        fileCache.set(key, read);
        // A failed read (network, rate limit) must not stick; a missing file (null) may.
        read.catch(() => fileCache.delete(key));
      }
      return read;
    },
    async listFiles(sha) {
      const tree = await readTree(sha);
      if (tree.truncated) {
        logger.warn(
          `the tree of ${owner}/${repo} at ${sha} is too large for one API response; listing is partial`,
        );
      }
      return tree.blobs.map((blob) => blob.path);
    },
  };
}

/** The commit SHA a ref names; a full SHA is taken as it is, without a request. */
async function resolveCommitSha(client: GitHubClient, { owner, repo }: RepoCoordinates, ref: string) {
  if (FULL_SHA.test(ref)) return ref.toLowerCase();
  try {
    const commit = await requestParsed(
      client,
      "GET /repos/{owner}/{repo}/commits/{ref}",
      { owner, repo, ref },
      z.object({ sha: z.string().regex(FULL_SHA, "not a commit SHA") }),
    );
    return commit.sha;
  } catch (error) {
    // An unknown ref is a 422 "No commit found for SHA" (or a 404 on some hosts).
    if (isHttpError(error, 404, 422)) throw new Error(`unknown ref "${ref}" in ${owner}/${repo}`);
    throw error;
  }
}

interface ChangedFilesQuery {
  baseSha: string;
  headSha: string;
  logger: Logger;
  readTree: (sha: string) => Promise<{ blobs: TreeBlob[]; truncated: boolean }>;
}

/** The files changed between two commits: from the compare API, or from a tree diff when compare cannot say. */
async function listChangedFiles(
  client: GitHubClient,
  { owner, repo }: RepoCoordinates,
  { baseSha, headSha, logger, readTree }: ChangedFilesQuery,
): Promise<ChangedFile[]> {
  const range = `${baseSha.slice(0, 7)}...${headSha.slice(0, 7)}`;
  let why = "lists too many files";
  try {
    const fromCompare = await listComparedFiles(client, { owner, repo }, baseSha, headSha);
    if (fromCompare) return fromCompare;
  } catch (error) {
    if (!(error instanceof UnreadableAnswerError)) throw error;
    why = `is unreadable (${error.message})`;
  }
  logger.info(`the compare of ${range} ${why}; diffing the trees instead`);
  const [base, head] = await Promise.all([readTree(baseSha), readTree(headSha)]);
  // A partial tree would hide changes: stop rather than review less than the pull request changed.
  if (base.truncated || head.truncated) {
    throw new Error(
      `cannot list the files changed in ${owner}/${repo} ${range}: the compare ${why}, and the ` +
        "repository's tree is too large for one API response (GitHub truncated it)",
    );
  }
  return diffTrees(base.blobs, head.blobs);
}

/** Changed files from the compare API, or null when the list may be cut off at GitHub's cap. */
async function listComparedFiles(
  client: GitHubClient,
  { owner, repo }: RepoCoordinates,
  baseSha: string,
  headSha: string,
): Promise<ChangedFile[] | null> {
  const byPath = new Map<string, ChangedFile>();
  for (let page = 1; page <= MAX_COMPARE_PAGES; page++) {
    const { files } = await requestParsed(
      client,
      "GET /repos/{owner}/{repo}/compare/{basehead}",
      { owner, repo, basehead: `${baseSha}...${headSha}`, per_page: 100, page },
      compareSchema,
    );
    let added = 0;
    for (const file of files) {
      const changed = toChangedFile(file);
      if (!changed || byPath.has(changed.path)) continue;
      byPath.set(changed.path, changed);
      added++;
    }
    // A page short of the cap ends the list. A full page may be cut off: look at the next one.
    if (files.length > 0 && files.length < COMPARE_FILES_PER_PAGE) return [...byPath.values()];
    if (byPath.size === 0) return [];
    // An empty or repeated page after a full one means GitHub capped the list.
    if (added === 0) return null;
  }
  return null;
}

function toChangedFile(file: CompareFile): ChangedFile | null {
  switch (file.status) {
    case "added":
    case "copied": // the source stays in place: to a review the copy is a new file
      return { status: "added", path: file.filename };
    case "modified":
    case "changed": // mode-only change
      return { status: "modified", path: file.filename };
    case "removed":
      return { status: "deleted", path: file.filename };
    case "renamed":
      return file.previous_filename
        ? { status: "renamed", path: file.filename, previousPath: file.previous_filename }
        : { status: "added", path: file.filename };
    default: // "unchanged"
      return null;
  }
}

async function readContent(
  client: GitHubClient,
  { owner, repo }: RepoCoordinates,
  sha: string,
  path: string,
): Promise<string | null> {
  let data: z.infer<typeof contentsSchema>;
  try {
    const route = "GET /repos/{owner}/{repo}/contents/{path}";
    data = await requestParsed(client, route, { owner, repo, path, ref: sha }, contentsSchema);
  } catch (error) {
    if (isHttpError(error, 404)) return null;
    throw error;
  }
  // A directory lists its entries; a symlink or submodule has no text of its own.
  if (Array.isArray(data) || data.type !== "file") return null;
  if (data.encoding === "base64" && data.content !== undefined)
    return decodeText(path, decodeBase64(data.content));
  // Files over 1 MB come back with encoding "none" and no content; the blobs API serves up to 100 MB.
  const blob = await requestParsed(
    client,
    "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
    { owner, repo, file_sha: data.sha },
    blobSchema,
  );
  const bytes = blob.encoding === "base64" ? decodeBase64(blob.content) : Buffer.from(blob.content, "utf8");
  return decodeText(path, bytes);
}

/** Bytes, not text: whether a file is binary is decided on them (decodeText), never after a lossy decode. */
export function decodeBase64(content: string): Uint8Array {
  return Buffer.from(content.replace(/\s+/g, ""), "base64");
}
