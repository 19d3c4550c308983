// The promptgate GitHub App: Probot handlers over the shared pull-request review and `/promptgate` commands.
import type { ApplicationFunction, Context, Probot } from "probot";
import { CHECK_NAME } from "../adapters/github/check-run.js";
import { createGitHubPublisher } from "../adapters/github/github-publisher.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import { findAppBotLogin } from "../adapters/github/sticky-comment.js";
import type { DeliveryLog, Logger, ReviewJob } from "../ports.js";
import { REVIEW_ACTIONS, readPullRequestEvent, toPullRequestEvent } from "../pr/pull-request-event.js";
import { handleCommand } from "./command-handler.js";
import { parseCommand } from "./commands.js";
import { createMemoryDeliveryLog } from "./delivery-log.js";
import {
  type AppServices,
  enqueueReview,
  type RepoContext,
  runQueuedReview,
  toPullRequestRef,
} from "./enqueue-review.js";
import { readBaseLabels } from "./pinned-commands.js";

export type AppServiceOptions = Omit<AppServices, "botLogin" | "logger"> & {
  /** The bot's login; default `<slug>[bot]` from `GET /app`, asked once. */
  botLogin?: string;
  /** Deliveries already handled; default: the last 10,000 ids in memory. */
  deliveries?: DeliveryLog;
};

export function createPromptgateApp(options: AppServiceOptions): ApplicationFunction {
  return (app: Probot) => {
    const services: AppServices = {
      ...options,
      botLogin: memoBotLogin(app, options.botLogin),
      logger: toLogger(app.log),
    };
    options.queue.serve?.((job, signal) => runStoredReview(app, services, job, signal));
    const once = oncePerDelivery(options.deliveries ?? createMemoryDeliveryLog(), services.logger);
    app.on(
      REVIEW_ACTIONS.map((action) => `pull_request.${action}` as const),
      once((context) => onPullRequest(services, context)),
    );
    app.on(
      "check_run.rerequested",
      once((context) => onCheckRunRerequested(services, context)),
    );
    app.on(
      "check_suite.rerequested",
      once((context) => onCheckSuiteRerequested(services, context)),
    );
    app.on(
      "issue_comment.created",
      once((context) => onIssueComment(services, context)),
    );
  };
}

/**
 * Handlers run after Probot verified the delivery's signature, so only GitHub's own deliveries are remembered;
 * a replay of one (same `x-github-delivery` id) is dropped. Each event reaches exactly one of our handlers.
 */
function oncePerDelivery(deliveries: DeliveryLog, logger: Logger) {
  return <C extends { id: string; name: string }>(handler: (context: C) => Promise<void>) =>
    async (context: C): Promise<void> => {
      if (!(await deliveries.claim(context.id))) {
        logger.info(`delivery ${context.id} (${context.name}) was handled already: ignored`);
        return;
      }
      try {
        await handler(context);
      } catch (error) {
        await deliveries.release(context.id);
        throw error;
      }
    };
}

/**
 * A job a durable queue read back (maybe queued by another replica): a fresh installation token, then the review.
 * A failure to get the token throws, so the queue retries the job later.
 */
async function runStoredReview(
  app: Probot,
  services: AppServices,
  job: ReviewJob,
  signal: AbortSignal,
): Promise<void> {
  if (!job.review) throw new Error(`stored review of ${job.pullRequest} has no data`);
  // Probot's octokit and the adapters' client type come from different @octokit/types versions.
  const octokit = (await app.auth(job.installationId)) as unknown as GitHubClient;
  const { pr } = job.review;
  const ctx: RepoContext = {
    octokit,
    publisher: createGitHubPublisher(octokit),
    installationId: job.installationId,
    owner: pr.owner,
    repo: pr.repo,
    logger: services.logger,
  };
  await runQueuedReview(services, ctx, job.review, signal);
}

/** A push, a (re)open, or the accept label coming or going: review the head. */
async function onPullRequest(services: AppServices, context: Context<"pull_request">): Promise<void> {
  const { payload } = context;
  const pr = payload.pull_request;
  if (pr.state !== "open" || (await isOwnEvent(services, payload.sender))) return;
  const ctx = toRepoContext(context);
  const ref = {
    owner: ctx.owner,
    repo: ctx.repo,
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    labels: pr.labels.map((label) => label.name),
  };
  const labelChanged = payload.action === "labeled" || payload.action === "unlabeled";
  // With a broken config at base, review anyway: the review completes the check with the located config error.
  const labels = labelChanged ? await readBaseLabels(ctx, ref).catch(() => undefined) : undefined;
  // The fork is read fresh before anything is spent, so the run label counts here on any pull request.
  const reading = readPullRequestEvent(toPullRequestEvent(payload), labels, undefined);
  if (reading.kind === "unrelated-label") return;
  await enqueueReview(services, ctx, ref, {
    reason: `pull_request.${payload.action}`,
    ...(reading.acceptedBy ? { acceptedBy: reading.acceptedBy } : {}),
    ...(reading.forkApprovedBy ? { forkApprovedBy: reading.forkApprovedBy } : {}),
    ...(reading.newPush ? { newPush: reading.newPush } : {}),
  });
}

/** "Re-run" on our check: review each open PR whose head is that SHA again. */
async function onCheckRunRerequested(services: AppServices, context: Context<"check_run">): Promise<void> {
  const run = context.payload.check_run;
  if (run.name !== CHECK_NAME) return;
  await enqueueHeadAgain(services, context, run.head_sha, run.pull_requests);
}

/** "Re-run all checks" on our app's check suite: the same as re-running the `promptgate` check. */
async function onCheckSuiteRerequested(
  services: AppServices,
  context: Context<"check_suite">,
): Promise<void> {
  const suite = context.payload.check_suite;
  await enqueueHeadAgain(services, context, suite.head_sha, suite.pull_requests);
}

async function enqueueHeadAgain(
  services: AppServices,
  context: Context<"check_run" | "check_suite">,
  headSha: string,
  listed: { number: number }[],
): Promise<void> {
  const ctx = toRepoContext(context);
  for (const number of await listPullRequestsOf(ctx, headSha, listed)) {
    const pr = await ctx.publisher.getPullRequest({ owner: ctx.owner, repo: ctx.repo, number });
    if (pr.state !== "open" || pr.headSha !== headSha) continue;
    await enqueueReview(services, ctx, toPullRequestRef(ctx, pr), {
      reason: `re-run requested by ${context.payload.sender.login}`,
    });
  }
}

/** `/promptgate …` in a PR comment by a person (bots, this app included, are ignored). */
async function onIssueComment(services: AppServices, context: Context<"issue_comment">): Promise<void> {
  const { comment, issue, sender } = context.payload;
  if (!issue.pull_request || sender.type === "Bot") return;
  const command = parseCommand(comment.body ?? "");
  if (!command) return;
  await handleCommand(services, toRepoContext(context), {
    command,
    number: issue.number,
    commentId: comment.id,
    sender: sender.login,
  });
}

type AnyContext = Context<"pull_request" | "check_run" | "check_suite" | "issue_comment">;

function toRepoContext(context: AnyContext): RepoContext {
  const { payload } = context;
  const installationId = "installation" in payload ? payload.installation?.id : undefined;
  if (installationId === undefined)
    throw new Error("webhook without an installation: is this delivery for the App?");
  // Probot's octokit and the adapters' client type come from different @octokit/types versions.
  const octokit = context.octokit as unknown as GitHubClient;
  return {
    octokit,
    publisher: createGitHubPublisher(octokit),
    installationId,
    owner: context.repo().owner,
    repo: context.repo().repo,
    logger: toLogger(context.log),
  };
}

/** The app's own writes come back as webhooks (a label it added, a PR it opened): it has handled them already. */
async function isOwnEvent(
  services: AppServices,
  sender: { login: string; type?: string } | undefined,
): Promise<boolean> {
  if (sender?.type !== "Bot") return false;
  return sender.login.toLowerCase() === (await services.botLogin()).toLowerCase();
}

/** A check run lists its PRs only when they come from the same repository; fork PRs are found by head SHA. */
async function listPullRequestsOf(
  ctx: RepoContext,
  headSha: string,
  listed: Array<{ number: number }>,
): Promise<number[]> {
  if (listed.length > 0) return listed.map((pr) => pr.number);
  return ctx.publisher.listOpenPullRequestsAt({ owner: ctx.owner, repo: ctx.repo }, headSha);
}

function memoBotLogin(app: Probot, known: string | undefined): () => Promise<string> {
  let login: Promise<string> | undefined = known ? Promise.resolve(known) : undefined;
  return () => {
    login ??= app.auth().then((octokit) => findAppBotLogin(octokit as unknown as GitHubClient));
    login.catch(() => {
      login = undefined; // Ask again on the next event.
    });
    return login;
  };
}

function toLogger(log: { info(m: string): void; warn(m: string): void; debug(m: string): void }): Logger {
  return { info: (m) => log.info(m), warn: (m) => log.warn(m), debug: (m) => log.debug(m) };
}
