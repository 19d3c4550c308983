// Builds what a review needs in the Action: the GitHub client and its identity, the model and the response cache.
import { join } from "node:path";
import { createOctokit, type GitHubClient } from "../adapters/github/octokit.js";
import { createResilientClient } from "../adapters/github/resilient-client.js";
import { findTokenIdentity } from "../adapters/github/sticky-comment.js";
import { createOpenAIModel } from "../adapters/openai-model.js";
import { resolveProvider } from "../adapters/provider-env.js";
import type { Config } from "../core/config/config-schema.js";
import { InputError } from "../core/diagnostics.js";
import { listUrlSecrets, type Redactor } from "../core/redact.js";
import type { Model } from "../engine/model.js";
import type { Logger } from "../ports.js";
import type { Publisher } from "../pr/publisher.js";
import type { ReviewCheck } from "../pr/review-check.js";
import type { ReviewDeadline } from "../pr/review-stop.js";
import { MissingApiKeyError } from "./action-errors.js";
import type { ActionContext } from "./context.js";
import type { ActionInputs } from "./inputs.js";

/** One run of the Action: its parsed inputs, the runner's context and the log. */
export interface ActionRun {
  inputs: ActionInputs;
  context: ActionContext;
  logger: Logger;
  /** Strips the secrets this job holds from everything it writes. */
  redact: Redactor;
  /** Aborts when the workflow run is cancelled (SIGINT/SIGTERM). */
  signal?: AbortSignal;
  deadline: ReviewDeadline;
}

/** One run about one pull request: the run plus what talks to GitHub, who it is, and the config at base. */
export interface PullRequestRun extends ActionRun {
  publisher: Publisher;
  /** Login the token acts as (author of the sticky comment, app of the check run). */
  identity: string;
  /** The config at base, already loaded. */
  config: Config;
  /** The head's check, failed by the shell on any error; absent when the token cannot write one (a fork's). */
  check?: ReviewCheck;
}

/** Login of GITHUB_TOKEN, which cannot ask `GET /user` who it is. */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

export function createActionOctokit({ inputs, context, logger, redact, deadline }: ActionRun): GitHubClient {
  const token = inputs["github-token"];
  if (!token) {
    throw new InputError({
      file: "action inputs",
      field: "github-token",
      message: `is empty: leave it at its default (\`\${{ github.token }}\`) or pass a token`,
    });
  }
  // One job makes a dozen requests and a few writes: the throttling plugin would space writes 1–3 s apart and
  // keep a required check waiting for nothing. The resilient client sends writes one at a time instead and
  // waits out rate limits (secondary 403s included) and 5xx until the deadline; the check's completion last.
  const octokit = createOctokit({
    token,
    baseUrl: context.apiUrl,
    logger,
    userAgent: "promptgate-action",
    throttle: false,
  });
  return createResilientClient(octokit, {
    redact: redact.content,
    deadline: deadline.at,
    lastDeadline: deadline.lastAt,
    logger,
  });
}

export function findActionIdentity(octokit: GitHubClient): Promise<string> {
  return findTokenIdentity(octokit, ACTIONS_BOT_LOGIN);
}

/** The key: the input first, else the variable the base config names. */
export function findApiKey(inputs: ActionInputs, config: Pick<Config, "provider">, env = process.env) {
  return inputs["openai-api-key"] ?? resolveProvider(config.provider, env).apiKey;
}

/** The input's base URL wins (the workflow chose it), then the config's, then `OPENAI_BASE_URL`. */
export function createModelFactory(
  inputs: ActionInputs,
  redact?: Redactor,
  env = process.env,
): (config: Config) => Model {
  return (config) => {
    const provider = resolveProvider(config.provider, env);
    const apiKey = findApiKey(inputs, config, env);
    if (!apiKey) throw new MissingApiKeyError(provider.apiKeyEnv);
    const baseURL = inputs["openai-base-url"] ?? provider.baseURL;
    // The base config may name a credentialed URL the job did not know before it was read.
    redact?.add(apiKey, ...listUrlSecrets(baseURL));
    return createOpenAIModel({
      baseURL,
      apiKey,
      apiKeyEnv: inputs["openai-api-key"] ? "the openai-api-key input" : provider.apiKeyEnv,
    });
  };
}

/** Response cache directory for this job: in RUNNER_TEMP, never inside a checked-out workspace. */
export function buildCacheDir(context: ActionContext): string {
  return join(context.tempDir, "promptgate-cache");
}
