// Changed files from two recursive git trees: exact for any size, where the compare API caps its file list.
import { z } from "zod";
import type { ChangedFile } from "../../ports.js";
import { type GitHubClient, requestParsed } from "./octokit.js";

export interface TreeBlob {
  path: string;
  sha: string;
}

/** The fields of `GET /git/trees/{sha}?recursive=1` the diff (and the data branch) read. */
const treeSchema = z.object({
  sha: z.string(),
  tree: z.array(z.object({ path: z.string(), type: z.string(), sha: z.string() })),
  truncated: z.boolean().optional(),
});

/**
 * Every blob of a commit's tree (`truncated` when GitHub's 100,000-entry / 7 MB response limit cut it), and the
 * tree's own SHA.
 */
export async function listTreeBlobs(
  client: GitHubClient,
  { owner, repo }: { owner: string; repo: string },
  sha: string,
): Promise<{ treeSha: string; blobs: TreeBlob[]; truncated: boolean }> {
  const data = await requestParsed(
    client,
    "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
    { owner, repo, tree_sha: sha, recursive: "1" },
    treeSchema,
  );
  const blobs = data.tree
    .filter((entry) => entry.type === "blob")
    .map((entry) => ({ path: entry.path, sha: entry.sha }));
  return { treeSha: data.sha, blobs, truncated: data.truncated === true };
}

/** Added, modified and deleted paths; a deleted and an added path with the same blob are a rename. */
export function diffTrees(base: TreeBlob[], head: TreeBlob[]): ChangedFile[] {
  const baseByPath = new Map(base.map((blob) => [blob.path, blob.sha]));
  const headByPath = new Map(head.map((blob) => [blob.path, blob.sha]));
  const changed: ChangedFile[] = [];
  const added: TreeBlob[] = [];
  for (const blob of head) {
    const before = baseByPath.get(blob.path);
    if (before === undefined) added.push(blob);
    else if (before !== blob.sha) changed.push({ status: "modified", path: blob.path });
  }
  const deletedBySha = new Map<string, string[]>();
  for (const blob of base) {
    if (headByPath.has(blob.path)) continue;
    deletedBySha.set(blob.sha, [...(deletedBySha.get(blob.sha) ?? []), blob.path]);
  }
  for (const blob of added) {
    const from = deletedBySha.get(blob.sha)?.shift();
    changed.push(
      from
        ? { status: "renamed", path: blob.path, previousPath: from }
        : { status: "added", path: blob.path },
    );
  }
  for (const paths of deletedBySha.values()) {
    for (const path of paths) changed.push({ status: "deleted", path });
  }
  return changed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
