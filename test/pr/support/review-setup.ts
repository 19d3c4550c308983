// Shared setup of the pull-request review tests: the fake GitHub seeded with the support prompt at base and a
// change at head, a support-bot model, and readers for the check-run and comment writes.
import { afterEach } from "vitest";
// @ts-expect-error plain JavaScript module shared with the demo
import { answerSupportQuestion } from "../../../scripts/demo/support-responder.mjs";
import { createGitHubPublisher } from "../../../src/adapters/github/github-publisher.js";
import { createMemoryCache } from "../../../src/engine/cache.js";
import { silentLogger } from "../../../src/ports.js";
import type { PullRequestReviewDeps } from "../../../src/pr/review-pull-request.js";
import { createFakeGitHubClient } from "../../support/fake-github/client.js";
import { seedPullRequest } from "../../support/fake-github/seed.js";
import {
  type FakeGitHubServer,
  type RepoRole,
  startFakeGitHubServer,
} from "../../support/fake-github/server.js";
import { createFakeModel, type FakeModel } from "../../support/fake-model.js";
import { pricingConfig, supportPrompt, systemWithLink } from "../../support/review-harness.js";

export const OWNER = "octo-org";
export const REPO = "prompts";

export const BASE = "b".repeat(40);
export const HEAD = "c".repeat(40);
export const PROMPT = "prompts/support.prompt.yml";
export const withoutLink = systemWithLink.replace(
  "When the customer asks about refunds or returns, say that refunds are available within 30 days and link to https://acme.example/refunds.",
  "Refunds are available within 30 days.",
);
export const baseFiles = {
  "promptgate.yml": pricingConfig,
  [PROMPT]: supportPrompt(systemWithLink),
  "README.md": "# shop\n",
};

let servers: FakeGitHubServer[] = [];
/** Closes the servers a test started; registered in every test file that imports this module. */
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

/** Answers like the support bot, at zero latency, so the comment is the same on every run. */
export function supportModel(): FakeModel {
  return createFakeModel({
    answer: (request) => {
      const system = request.messages.find((m) => m.role === "system")?.content ?? "";
      const question = request.messages.filter((m) => m.role === "user").at(-1)?.content ?? "";
      return answerSupportQuestion(system, question, 0) as string;
    },
  });
}

export interface SetupOptions {
  base?: Record<string, string>;
  /** Earlier comments on the pull request. */
  comments?: Array<{ body: string; login: string }>;
  /** `labeled` events on the pull request, oldest first. */
  labelEvents?: Array<{ label: string; actor: string }>;
  permissions?: Record<string, RepoRole>;
  /** The head the pull request has moved to by the time the review reads it. */
  movedHead?: string;
}

export async function setup(head: Record<string, string>, extra: SetupOptions = {}) {
  const model = supportModel();
  const github = await startFakeGitHubServer({ permissions: extra.permissions });
  servers.push(github);
  const base = extra.base ?? baseFiles;
  seedPullRequest(github, { base, head, baseSha: BASE, headSha: HEAD, headRef: "change" });
  if (extra.movedHead) {
    github.addCommit({ files: {}, parent: HEAD, sha: extra.movedHead });
    github.pushHead(7, extra.movedHead);
  }
  for (const comment of extra.comments ?? []) github.addComment(7, comment.body, comment.login);
  for (const { label, actor } of extra.labelEvents ?? []) {
    github.state.issueEvents.push({
      issueNumber: 7,
      event: "labeled",
      actor,
      label,
      createdAt: github.state.now(),
    });
  }
  const writes = () => github.writes();
  const deps: PullRequestReviewDeps = {
    publisher: createGitHubPublisher(createFakeGitHubClient(github)),
    identity: "github-actions[bot]",
    logger: silentLogger,
    createModel: () => model,
    createCache: () => createMemoryCache(),
    cacheMode: "use",
  };
  /** The id GitHub gave the first check run (the one the review created). */
  const checkRunId = () => github.state.checkRuns[0]!.id;
  return { model, writes, deps, github, checkRunId };
}

export const pr = (labels: string[] = []) => ({
  owner: OWNER,
  repo: REPO,
  number: 7,
  baseSha: BASE,
  headSha: HEAD,
  labels,
  baseRef: "main",
  headRef: "change",
});
export const options = {
  dryRun: false,
  comment: true,
  detailsUrl: "https://github.com/octo-org/prompts/actions/runs/99",
};

export const R = `/repos/${OWNER}/${REPO}`;
export type CheckRunBody = {
  head_sha?: string;
  name?: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  external_id?: string;
  output: { title: string; summary: string; annotations?: Array<{ path: string; annotation_level: string }> };
};
export const bodyOf = (write: { body: unknown } | undefined) => write!.body as CheckRunBody;
export const commentOf = (write: { body: unknown } | undefined) => (write!.body as { body: string }).body;

export { pricingConfig, supportPrompt, systemWithLink };
