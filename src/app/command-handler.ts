// Runs one `/promptgate` command from a PR comment: acknowledge, check who may run it, act, answer.
import { readErrorMessage } from "../adapters/github/errors.js";
import { configSchema } from "../core/config/config-schema.js";
import { escapeInline, inlineCode, md, mention, type SafeMarkdown } from "../render/escape.js";
import { type Command, PRIVILEGED_COMMANDS, renderHelp } from "./commands.js";
import { type AppServices, enqueueReview, type RepoContext, toPullRequestRef } from "./enqueue-review.js";
import { acceptHead, approveForkRun, describeOutcome, readBaseLabels } from "./pinned-commands.js";

const DEFAULT_ACCEPT_LABEL = configSchema.parse({}).labels.accept;

export interface CommandInvocation {
  command: Command;
  number: number;
  commentId: number;
  /** Login of the commenter. */
  sender: string;
}

/** Acknowledges with 👀, runs the command and answers with a comment. */
export async function handleCommand(
  services: AppServices,
  ctx: RepoContext,
  call: CommandInvocation,
): Promise<void> {
  const { owner, repo } = ctx;
  await ctx.publisher
    .reactToComment({ owner, repo }, call.commentId, "eyes")
    .catch((error: unknown) =>
      ctx.logger.warn(`could not react to comment ${call.commentId}: ${readErrorMessage(error)}`),
    );
  let answer: SafeMarkdown;
  try {
    answer = await runCommand(services, ctx, call);
  } catch (error) {
    ctx.logger.warn(`/promptgate ${call.command.name} on #${call.number} failed: ${readErrorMessage(error)}`);
    // Error text can quote the commenter's input (a path): escaped, so it cannot ping or inject Markdown.
    answer = md`${mention(call.sender)} ${slashCommand(call)} failed: ${escapeInline(readErrorMessage(error))}`;
  }
  await replyTo(ctx, call.number, answer);
}

/** The command as typed, in a code span: `/promptgate accept`. */
const slashCommand = (call: CommandInvocation) => inlineCode(`/promptgate ${call.command.name}`);

async function runCommand(
  services: AppServices,
  ctx: RepoContext,
  call: CommandInvocation,
): Promise<SafeMarkdown> {
  const { command, sender } = call;
  if (PRIVILEGED_COMMANDS.has(command.name)) {
    const allowed = await ctx.publisher.hasWriteAccess({
      owner: ctx.owner,
      repo: ctx.repo,
      username: sender,
    });
    if (!allowed) {
      const where = escapeInline(`${ctx.owner}/${ctx.repo}`);
      return md`Sorry ${mention(sender)}, only people with write access to ${where} can run ${slashCommand(call)}. Nothing was changed; a maintainer can run it for you.`;
    }
  }
  switch (command.name) {
    case "help":
      return md`promptgate commands:\n\n${renderHelp(await readHelpLabel(ctx, call.number))}`;
    case "invalid":
      return md`${mention(sender)} ${command.problem}.\n\n${renderHelp(await readHelpLabel(ctx, call.number))}`;
    case "rerun":
      return rerun(services, ctx, call);
    case "accept":
      return acceptHead(services, ctx, { ...call, command });
    case "run":
      return approveForkRun(services, ctx, call);
    case "rollback":
      return rollback(services, ctx, call, command);
  }
}

async function rerun(
  services: AppServices,
  ctx: RepoContext,
  call: CommandInvocation,
): Promise<SafeMarkdown> {
  const pr = await ctx.publisher.getPullRequest({ owner: ctx.owner, repo: ctx.repo, number: call.number });
  if (pr.state !== "open") return md`#${call.number} is closed: nothing to review.`;
  // Joins a review of this head already in flight: repeating the command must not restart it each time.
  const outcome = await enqueueReview(services, ctx, toPullRequestRef(ctx, pr), {
    join: true,
    reason: `/promptgate rerun by ${call.sender}`,
  });
  return md`Reviewed ${escapeInline(pr.headSha.slice(0, 7))} again at ${mention(call.sender)}'s request: ${describeOutcome(outcome)}`;
}

async function rollback(
  services: AppServices,
  ctx: RepoContext,
  call: CommandInvocation,
  command: Extract<Command, { name: "rollback" }>,
): Promise<SafeMarkdown> {
  const current = await ctx.publisher.getPullRequest({
    owner: ctx.owner,
    repo: ctx.repo,
    number: call.number,
  });
  // `--to abc1234`: the full SHA names the commit in the rollback PR's marker, title and reuse check.
  const reader = ctx.publisher.readRepository({ owner: ctx.owner, repo: ctx.repo });
  const toSha = command.toSha ? await reader.resolveRef(command.toSha) : undefined;
  const opened = await ctx.publisher.openRollbackPullRequest({
    owner: ctx.owner,
    repo: ctx.repo,
    path: command.path,
    defaultBranch: current.defaultBranch,
    ...(toSha ? { toSha } : {}),
  });
  const ref = {
    owner: ctx.owner,
    repo: ctx.repo,
    number: opened.number,
    baseSha: opened.baseSha,
    headSha: opened.headSha,
    labels: [],
  };
  // The new PR's `opened` webhook is the app's own event (ignored); were it handled, it would join this review.
  const outcome = await enqueueReview(services, ctx, ref, {
    join: true,
    reason: `/promptgate rollback by ${call.sender}`,
  });
  const verb = opened.reused ? md`Found the open` : md`Opened`;
  const rolledTo = escapeInline(opened.toSha.slice(0, 7));
  return md`${verb} #${opened.number} to roll ${inlineCode(command.path)} back to ${rolledTo} (branch ${inlineCode(opened.branch)}), as ${mention(call.sender)} asked. Its review: ${describeOutcome(outcome)}`;
}

/** Help still answers when the config at base is broken: it then names the default label. */
async function readHelpLabel(ctx: RepoContext, number: number): Promise<string> {
  const read = async () => {
    const pr = await ctx.publisher.getPullRequest({ owner: ctx.owner, repo: ctx.repo, number });
    return (await readBaseLabels(ctx, pr)).accept;
  };
  return read().catch(() => DEFAULT_ACCEPT_LABEL);
}

async function replyTo(ctx: RepoContext, number: number, body: SafeMarkdown): Promise<void> {
  await ctx.publisher.postComment({ owner: ctx.owner, repo: ctx.repo, number }, body);
}
