// Scenario set-up for the Action's end-to-end tests: a fake GitHub repository, a fake provider, and runs of
// the built bundle on its pull requests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FakeGitHubServer, startFakeGitHubServer } from "../../support/fake-github/server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../../support/fake-openai-server.js";
import {
  createSupportResponder,
  pricingConfig,
  supportPrompt,
  systemWithLink,
} from "../../support/review-harness.js";
import { buildPullRequestEvent, type PullRequestEventInput } from "./events.js";
import { type DistRunInput, runDist } from "./run-dist.js";

export const PROMPT = "prompts/support.prompt.yml";
export const withoutLink = systemWithLink.replace(
  "When the customer asks about refunds or returns, say that refunds are available within 30 days and link to https://acme.example/refunds.",
  "Refunds are available within 30 days.",
);

/** Who may write to the repository: the accept label only counts from them. */
export const MAINTAINER = "maintainer-mona";

/** A repository whose main has the support prompt with its refund link, a config and a README. */
export async function createRepository(servers: Array<{ close(): Promise<void> }>, config = pricingConfig) {
  const github = await startFakeGitHubServer({ permissions: { [MAINTAINER]: "write" } });
  // One provider per scenario: the responder numbers repeats of a request as samples 0, 1, 2.
  const openai = await startFakeOpenAIServer({ respond: createSupportResponder() });
  servers.push(github, openai);
  const base = github.addCommit({
    files: { "promptgate.yml": config, [PROMPT]: supportPrompt(systemWithLink), "README.md": "# shop\n" },
    message: "base",
  });
  github.setBranch("main", base);
  // RUNNER_TEMP stays the same across the runs of one scenario, as the response cache directory would after
  // @actions/cache restored it in a later job (keyed by base and head SHA, restore-keys by base SHA).
  const runnerTemp = mkdtempSync(join(tmpdir(), "promptgate-runner-"));
  return { github, openai, base, runnerTemp };
}

export type Repository = Awaited<ReturnType<typeof createRepository>>;

export function openPullRequest(repo: Repository, number: number, files: Record<string, string>) {
  const head = repo.github.addCommit({ files, parent: repo.base, message: `change ${number}` });
  repo.github.setBranch(`change-${number}`, head);
  repo.github.addPullRequest({ number, baseSha: repo.base, headSha: head, headRef: `change-${number}` });
  return head;
}

/** A pull request from `fork-owner/prompts`: its head branch is not in the repository. */
export function openForkPullRequest(repo: Repository, number: number, files: Record<string, string>) {
  const head = repo.github.addCommit({ files, parent: repo.base });
  repo.github.addPullRequest({ number, baseSha: repo.base, headSha: head, fork: true });
  return head;
}

export function runOnPullRequest(
  script: string,
  repo: Repository,
  event: PullRequestEventInput,
  options: {
    eventName?: string;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    onSpawn?: DistRunInput["onSpawn"];
  } = {},
) {
  return runDist({
    script,
    eventName: options.eventName ?? "pull_request",
    event: buildPullRequestEvent(event),
    runnerTemp: repo.runnerTemp,
    githubUrl: repo.github.url,
    inputs: {
      "github-token": "ghs_job_token",
      "openai-api-key": "sk-test-key",
      "fail-on": "regression",
      comment: "true",
      ...options.inputs,
    },
    env: { OPENAI_BASE_URL: repo.openai.url, ...options.env },
    ...(options.onSpawn ? { onSpawn: options.onSpawn } : {}),
  });
}

export const checksOn = (github: FakeGitHubServer, sha: string) =>
  github.state.checkRuns.filter((run) => run.head_sha === sha);
export const commentsOn = (github: FakeGitHubServer, number: number) =>
  github.state.comments.filter((c) => c.issueNumber === number);

export type { FakeGitHubServer, FakeOpenAIServer };
