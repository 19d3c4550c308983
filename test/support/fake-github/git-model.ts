// In-memory git objects for the fake GitHub: blobs, flat trees, commits with parents, branches and history walks.
import { createHash } from "node:crypto";

export interface FakeCommit {
  sha: string;
  parents: string[];
  message: string;
  treeSha: string;
  /** Deterministic ISO date: one minute per commit. */
  date: string;
}

export interface FileChange {
  filename: string;
  status: "added" | "modified" | "removed" | "renamed";
  previous_filename?: string;
  sha: string;
}

export interface AddCommitInput {
  /** Files merged over the parent's: text, or null to delete. */
  files: Record<string, string | null>;
  parent?: string;
  message?: string;
  /** Fixed sha (e.g. one from an event fixture) instead of a computed one. */
  sha?: string;
}

const EPOCH = Date.UTC(2025, 0, 1);

/** `git hash-object`: the same blob text gets the same sha as in real git. */
export function hashBlob(content: string): string {
  return createHash("sha1")
    .update(`blob ${Buffer.byteLength(content)}\0${content}`)
    .digest("hex");
}

export class GitModel {
  readonly blobs = new Map<string, string>();
  /** Tree sha → path → blob sha; trees are flat (full paths), which is all the REST API exposes here. */
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, FakeCommit>();
  readonly branches = new Map<string, string>();
  private counter = 0;

  putBlob(content: string): string {
    const sha = hashBlob(content);
    this.blobs.set(sha, content);
    return sha;
  }

  putTree(files: Map<string, string>): string {
    const entries = [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const sha = createHash("sha1")
      .update(`tree\0${entries.map(([path, blob]) => `${path}\0${blob}`).join("\n")}`)
      .digest("hex");
    this.trees.set(sha, new Map(entries));
    return sha;
  }

  putCommit(treeSha: string, parents: string[], message: string, fixedSha?: string): string {
    const n = this.counter++;
    const sha =
      fixedSha ??
      createHash("sha1")
        .update(`commit\0${treeSha}\0${parents.join(",")}\0${message}\0${n}`)
        .digest("hex");
    this.commits.set(sha, {
      sha,
      parents,
      message,
      treeSha,
      date: new Date(EPOCH + n * 60_000).toISOString(),
    });
    return sha;
  }

  addCommit({ files, parent, message, sha }: AddCommitInput): string {
    const merged = new Map(parent ? this.filesAt(parent) : []);
    for (const [path, content] of Object.entries(files)) {
      if (content === null) merged.delete(path);
      else merged.set(path, this.putBlob(content));
    }
    return this.putCommit(
      this.putTree(merged),
      parent ? [parent] : [],
      message ?? `commit ${this.counter}`,
      sha,
    );
  }

  /** A full sha, unique sha prefix (≥ 7) or branch name → commit sha, or undefined. */
  resolve(ref: string): string | undefined {
    const name = ref.replace(/^refs\/heads\/|^heads\//, "");
    if (this.branches.has(name)) return this.branches.get(name);
    if (this.commits.has(ref)) return ref;
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(ref));
      return matches.length === 1 ? matches[0] : undefined;
    }
    return undefined;
  }

  filesAt(commitSha: string): Map<string, string> {
    const commit = this.commits.get(commitSha);
    if (!commit) throw new Error(`fake github: no commit ${commitSha}`);
    return this.trees.get(commit.treeSha) ?? new Map();
  }

  /** Commit and its ancestors, newest first along first parents. */
  firstParentHistory(sha: string): FakeCommit[] {
    const history: FakeCommit[] = [];
    for (let commit = this.commits.get(sha); commit; commit = this.commits.get(commit.parents[0] ?? "")) {
      history.push(commit);
    }
    return history;
  }

  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  mergeBase(base: string, head: string): string | undefined {
    const baseAncestors = this.ancestors(base);
    const queue = [head];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (baseAncestors.has(next)) return next;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.commits.get(next)?.parents ?? []));
    }
    return undefined;
  }

  /** Whether `commit` changed `path` relative to its first parent. */
  touches(commit: FakeCommit, path: string): boolean {
    const before = commit.parents[0] ? this.filesAt(commit.parents[0]).get(path) : undefined;
    return this.filesAt(commit.sha).get(path) !== before;
  }

  /** Changes from one commit's tree to another's; a deleted and an added path with one blob are a rename. */
  diff(fromSha: string, toSha: string): FileChange[] {
    const from = this.filesAt(fromSha);
    const to = this.filesAt(toSha);
    const changes: FileChange[] = [];
    const removed = [...from].filter(([path]) => !to.has(path));
    for (const [path, sha] of to) {
      const before = from.get(path);
      if (before === sha) continue;
      if (before !== undefined) {
        changes.push({ filename: path, status: "modified", sha });
        continue;
      }
      const renamedFrom = removed.findIndex(([, oldSha]) => oldSha === sha);
      if (renamedFrom >= 0) {
        const [oldPath] = removed.splice(renamedFrom, 1)[0]!;
        changes.push({ filename: path, status: "renamed", previous_filename: oldPath, sha });
      } else {
        changes.push({ filename: path, status: "added", sha });
      }
    }
    for (const [path, sha] of removed) changes.push({ filename: path, status: "removed", sha });
    return changes.sort((a, b) => (a.filename < b.filename ? -1 : 1));
  }
}
