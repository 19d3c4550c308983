// The fake GitHub's in-memory repository: git objects, pull requests, comments, check runs and who may do what.
import { type AddCommitInput, GitModel } from "./git-model.js";

export type RepoRole = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Login that authored writes (comments, check runs' app). Default `github-actions[bot]`. */
  actor?: string;
  /** What `GET /user` answers: a login, or null for 403 as with GITHUB_TOKEN and installation tokens. */
  userLogin?: string | null;
  /** Roles by username for the collaborator permission endpoint; others get 404. */
  permissions?: Record<string, RepoRole>;
  installationId?: number;
  appSlug?: string;
}

export interface AddPullRequestInput {
  number: number;
  baseRef?: string;
  headRef?: string;
  headSha: string;
  baseSha: string;
  labels?: string[];
  /** Head lives in `fork-owner/<repo>` (or `headRepoFullName`). */
  fork?: boolean;
  /** A fork's repository name; null when the fork was deleted (GitHub then sends `head.repo: null`). */
  headRepoFullName?: string | null;
  title?: string;
  user?: string;
}

export interface FakePullRequest extends Required<Omit<AddPullRequestInput, "labels" | "headRepoFullName">> {
  headRepoFullName?: string | null;
  labels: string[];
  state: "open" | "closed";
  body: string;
  /** The head repository's `pushed_at`: when the PR was opened, then at each `pushHead`. */
  headPushedAt: string;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: unknown[];
  /** Number of PATCH requests received (to tell a re-used run from a new one). */
  updates: number;
  /** The App that created the run; default: the fake's actor without `[bot]`. */
  appSlug?: string;
}

/** A plain issue (not a pull request), as the drift monitor opens them. */
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: "open" | "closed";
  stateReason: string | null;
  user: string;
}

/** A `labeled`/`unlabeled` entry of `GET /issues/{n}/events`. */
export interface FakeIssueEvent {
  issueNumber: number;
  event: "labeled" | "unlabeled";
  actor: string;
  label: string;
  createdAt: string;
}

export interface FakeReaction {
  commentId: number;
  content: string;
  user: string;
}

const CLOCK_START = Date.UTC(2025, 5, 1);

export class FakeGitHubState {
  readonly owner: string;
  readonly repo: string;
  defaultBranch: string;
  actor: string;
  userLogin: string | null;
  permissions: Record<string, RepoRole>;
  readonly installationId: number;
  readonly appSlug: string;
  readonly git = new GitModel();
  readonly pulls = new Map<number, FakePullRequest>();
  readonly issues = new Map<number, FakeIssue>();
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly reactions: FakeReaction[] = [];
  readonly issueEvents: FakeIssueEvent[] = [];
  private nextId = 1000;
  private ticks = 0;

  constructor(options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? "octo-org";
    this.repo = options.repo ?? "prompts";
    this.defaultBranch = options.defaultBranch ?? "main";
    this.actor = options.actor ?? "github-actions[bot]";
    this.userLogin = options.userLogin ?? null;
    this.permissions = { ...options.permissions };
    this.installationId = options.installationId ?? 4242;
    this.appSlug = options.appSlug ?? "promptgate";
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  newId(): number {
    return this.nextId++;
  }

  /** Deterministic timestamps: one second per call. */
  now(): string {
    return new Date(CLOCK_START + this.ticks++ * 1000).toISOString();
  }

  addCommit(input: AddCommitInput): string {
    return this.git.addCommit(input);
  }

  /** Moves a branch; open same-repo PRs from it follow, as on GitHub. */
  setBranch(name: string, sha: string): void {
    if (!this.git.commits.has(sha)) throw new Error(`fake github: no commit ${sha}`);
    this.git.branches.set(name, sha);
    for (const pr of this.pulls.values()) {
      if (!pr.fork && pr.state === "open" && pr.headRef === name) pr.headSha = sha;
    }
  }

  addPullRequest(input: AddPullRequestInput): FakePullRequest {
    const pr: FakePullRequest = {
      number: input.number,
      baseRef: input.baseRef ?? this.defaultBranch,
      headRef: input.headRef ?? `feature-${input.number}`,
      headSha: input.headSha,
      baseSha: input.baseSha,
      labels: [...(input.labels ?? [])],
      fork: input.fork ?? false,
      ...(input.headRepoFullName !== undefined ? { headRepoFullName: input.headRepoFullName } : {}),
      title: input.title ?? `Change prompts (#${input.number})`,
      user: input.user ?? "octocat",
      state: "open",
      body: "",
      headPushedAt: this.now(),
    };
    this.pulls.set(pr.number, pr);
    return pr;
  }

  /** A push to the PR's head branch (a fork's too): the head moves and its repository's `pushed_at` with it. */
  pushHead(number: number, sha: string): void {
    const pr = this.pulls.get(number);
    if (!pr) throw new Error(`fake github: no pull request #${number}`);
    if (!this.git.commits.has(sha)) throw new Error(`fake github: no commit ${sha}`);
    pr.headSha = sha;
    pr.headPushedAt = this.now();
    if (!pr.fork) this.git.branches.set(pr.headRef, sha);
  }

  addComment(issueNumber: number, body: string, user = this.actor): FakeComment {
    const at = this.now();
    const comment = { id: this.newId(), issueNumber, body, user, createdAt: at, updatedAt: at };
    this.comments.push(comment);
    return comment;
  }

  /** Labels the PR as `actor` did (default: the token's identity), with the event GitHub records. */
  addLabel(issueNumber: number, label: string, actor = this.actor): void {
    const pr = this.pulls.get(issueNumber);
    if (!pr) throw new Error(`fake github: no pull request #${issueNumber}`);
    if (pr.labels.includes(label)) return;
    pr.labels.push(label);
    this.issueEvents.push({ issueNumber, event: "labeled", actor, label, createdAt: this.now() });
  }

  /** False when the PR does not carry the label. */
  removeLabel(issueNumber: number, label: string, actor = this.actor): boolean {
    const pr = this.pulls.get(issueNumber);
    if (!pr?.labels.includes(label)) return false;
    pr.labels = pr.labels.filter((name) => name !== label);
    this.issueEvents.push({ issueNumber, event: "unlabeled", actor, label, createdAt: this.now() });
    return true;
  }

  /** Seeds a check run as if an App had created it earlier (default: ours, `promptgate`, queued). */
  addCheckRun(run: Partial<FakeCheckRun> & { head_sha: string }): FakeCheckRun {
    const created: FakeCheckRun = {
      id: this.newId(),
      name: "promptgate",
      status: "queued",
      conclusion: null,
      details_url: null,
      external_id: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      updates: 0,
      ...run,
    };
    this.checkRuns.push(created);
    return created;
  }

  /** Pull requests and issues share one number sequence. */
  nextIssueNumber(): number {
    return Math.max(0, ...this.pulls.keys(), ...this.issues.keys()) + 1;
  }
}
