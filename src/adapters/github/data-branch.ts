// The drift monitor's records on a data branch (default `promptgate-data`), read and written through the git
// data API: the Actions cache evicts entries unused for 7 days, too short for a weekly monitor; a branch stays.
import { z } from "zod";
import type { MonitorRecord } from "../../core/gate/drift.js";
import { parseMonitorRecord, recordFileName } from "../baseline-dir.js";
import { isHttpError, withPermission } from "./errors.js";
import { advanceBranch, createBranchRef } from "./git-refs.js";
import { type GitHubClient, requestParsed } from "./octokit.js";
import { listTreeBlobs } from "./tree-diff.js";

export const DEFAULT_DATA_BRANCH = "promptgate-data";

/** Folder on the data branch that holds one JSON record per prompt path (named as in `--baseline DIR`). */
export const RECORDS_DIR = "baselines";

/** A write that lost a race with another run is tried again on the new head, this many times in all. */
const WRITE_ATTEMPTS = 3;

/** Writing the branch needs `contents: write`; the reads work with `contents: read`. */
const PERMISSION = "contents: write";

export interface DataBranchTarget {
  owner: string;
  repo: string;
  branch: string;
}

export interface DataBranchBaselines {
  /** The record kept for a prompt path, or undefined when the branch or the record does not exist yet. */
  read(path: string): Promise<MonitorRecord | undefined>;
  /**
   * Writes the records in one commit on top of the branch (a fast-forward, never a force push), creating the
   * branch as an orphan commit when it is missing. Returns the new commit's SHA.
   */
  commit(records: MonitorRecord[], message: string): Promise<string>;
}

const refSchema = z.object({ object: z.object({ sha: z.string() }) });
const blobSchema = z.object({ content: z.string(), encoding: z.string() });
const createdSchema = z.object({ sha: z.string() });

interface BranchHead {
  commitSha: string;
  treeSha: string;
  /** Record file path on the branch → blob SHA. */
  files: Map<string, string>;
}

export function createDataBranchBaselines(
  client: GitHubClient,
  target: DataBranchTarget,
): DataBranchBaselines {
  const { owner, repo, branch } = target;
  // Read once per run: every prompt's record comes from the same commit, and the write builds on it.
  let head: Promise<BranchHead | null> | undefined;
  const loadHead = () => {
    head ??= readHead(client, target);
    return head;
  };
  return {
    async read(path) {
      const file = `${RECORDS_DIR}/${recordFileName(path)}`;
      const blobSha = (await loadHead())?.files.get(file);
      if (!blobSha) return undefined;
      const route = "GET /repos/{owner}/{repo}/git/blobs/{file_sha}";
      const blob = await requestParsed(client, route, { owner, repo, file_sha: blobSha }, blobSchema);
      const text = Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8").toString("utf8");
      return parseMonitorRecord(`${branch}:${file}`, text);
    },
    async commit(records, message) {
      let current = await loadHead();
      for (let attempt = 1; ; attempt++) {
        try {
          const written = await withPermission(PERMISSION, `write the ${branch} branch`, () =>
            writeCommit(client, target, current, records, message),
          );
          head = Promise.resolve(written);
          return written.commitSha;
        } catch (error) {
          // 422: another monitor run moved (or created) the branch since this one read it. Its records for other
          // prompts stay; ours are written again on top of its commit, never with a force push.
          if (!isHttpError(error, 422) || attempt >= WRITE_ATTEMPTS) throw error;
          head = readHead(client, target);
          current = await head;
        }
      }
    },
  };
}

/** The branch's commit and record files, or null when the branch does not exist (404). */
async function readHead(
  client: GitHubClient,
  { owner, repo, branch }: DataBranchTarget,
): Promise<BranchHead | null> {
  let commitSha: string;
  try {
    const ref = await requestParsed(
      client,
      "GET /repos/{owner}/{repo}/git/ref/{ref}",
      { owner, repo, ref: `heads/${branch}` },
      refSchema,
    );
    commitSha = ref.object.sha;
  } catch (error) {
    if (isHttpError(error, 404)) return null;
    throw error;
  }
  // The trees endpoint takes a commit SHA and answers with that commit's tree.
  const tree = await listTreeBlobs(client, { owner, repo }, commitSha);
  if (tree.truncated) {
    throw new Error(
      `the ${branch} branch holds too many files for one tree read; keep only promptgate's records there`,
    );
  }
  const files = new Map(tree.blobs.map((blob) => [blob.path, blob.sha] as const));
  return { commitSha, treeSha: tree.treeSha, files };
}

async function writeCommit(
  client: GitHubClient,
  target: DataBranchTarget,
  current: BranchHead | null,
  records: MonitorRecord[],
  message: string,
): Promise<BranchHead> {
  const { owner, repo, branch } = target;
  const files = new Map(current?.files);
  const entries: Array<{ path: string; mode: string; type: string; sha: string }> = [];
  for (const record of records) {
    const content = `${JSON.stringify(record, null, 2)}\n`;
    const blob = await requestParsed(
      client,
      "POST /repos/{owner}/{repo}/git/blobs",
      { owner, repo, content, encoding: "utf-8" },
      createdSchema,
    );
    const path = `${RECORDS_DIR}/${recordFileName(record.path)}`;
    entries.push({ path, mode: "100644", type: "blob", sha: blob.sha });
    files.set(path, blob.sha);
  }
  const tree = await requestParsed(
    client,
    "POST /repos/{owner}/{repo}/git/trees",
    { owner, repo, tree: entries, ...(current ? { base_tree: current.treeSha } : {}) },
    createdSchema,
  );
  const parents = current ? [current.commitSha] : [];
  const commit = await requestParsed(
    client,
    "POST /repos/{owner}/{repo}/git/commits",
    { owner, repo, message, tree: tree.sha, parents },
    createdSchema,
  );
  if (current) await advanceBranch(client, { owner, repo }, branch, commit.sha);
  else await createBranchRef(client, { owner, repo }, branch, commit.sha);
  return { commitSha: commit.sha, treeSha: tree.sha, files };
}
