// Shared set-up for the App tests: a throwaway App key, signed deliveries, event fixtures and a seeded fake repository.
import { createHmac, generateKeyPairSync, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Probot, ProbotOctokit } from "probot";
import { createOpenAIModel } from "../../src/adapters/openai-model.js";
import { createPromptgateApp } from "../../src/app/app.js";
import { createReviewQueue } from "../../src/app/review-queue.js";
import { runApp } from "../../src/app/run-app.js";
import type { AppServer } from "../../src/app/server.js";
import { createMemoryCache } from "../../src/engine/cache.js";
import type { FakeGitHubServer } from "../support/fake-github/server.js";
import type { FakeOpenAIServer } from "../support/fake-openai-server.js";
import { pricingConfig, supportPrompt, systemWithLink } from "../support/review-harness.js";

export const APP_ID = "123456";
export const WEBHOOK_SECRET = "webhook-secret-for-tests";
export const INSTALLATION_ID = 4242;
export const BOT_LOGIN = "promptgate[bot]";

/** A fresh RSA key, PKCS#1 like the ones GitHub hands out; never used outside the test process. */
export const PRIVATE_KEY = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
}).privateKey;

/**
 * Probot's Octokit with retries and throttling off, so a failing request fails the test at once and writes are not
 * spaced a second apart. A function, not an object: Probot layers its own `throttle` options over object defaults
 * (dropping `enabled: false`), while a function sees the final options last.
 */
export const TestOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  retry: { ...(options.retry as object), enabled: false },
  throttle: { ...(options.throttle as object), enabled: false },
}));

export const systemWithoutLink = systemWithLink.replace(
  "When the customer asks about refunds or returns, say that refunds are available within 30 days and link to https://acme.example/refunds.",
  "Refunds are available within 30 days.",
);

/** `test/fixtures/events/<name>.json`, with the installation every App delivery carries. */
export function loadEvent(name: string): Record<string, unknown> & { installation: { id: number } } {
  const payload = JSON.parse(
    readFileSync(new URL(`../fixtures/events/${name}.json`, import.meta.url), "utf8"),
  );
  return {
    ...payload,
    installation: payload.installation ?? { id: INSTALLATION_ID, node_id: "MDIzOkludGVncmF0aW9uNDI0Mg==" },
  };
}

export function signPayload(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * The fixtures' repository: the support prompt at base, at head without the refund link (a regression the
 * support responder reproduces), PR #7; SHAs and branch default to those of `pull_request.opened`.
 */
export function seedRepository(
  github: FakeGitHubServer,
  options: {
    headSystem?: string;
    config?: string;
    baseSha?: string;
    headSha?: string;
    headRef?: string;
    fork?: boolean;
  } = {},
) {
  const opened = shasOf(loadEvent("pull_request.opened"));
  const headRef = options.headRef ?? opened.headRef;
  const base = github.addCommit({
    sha: options.baseSha ?? opened.baseSha,
    message: "add the support prompt",
    files: {
      "promptgate.yml": options.config ?? pricingConfig,
      "prompts/support.prompt.yml": supportPrompt(systemWithLink),
      "README.md": "# shop\n",
    },
  });
  github.setBranch("main", base);
  const head = github.addCommit({
    sha: options.headSha ?? opened.headSha,
    parent: base,
    message: "shorten the support prompt",
    files: { "prompts/support.prompt.yml": supportPrompt(options.headSystem ?? systemWithoutLink) },
  });
  if (!options.fork) github.setBranch(headRef, head);
  github.addPullRequest({ number: 7, baseSha: base, headSha: head, headRef, fork: options.fork ?? false });
  return { base, head };
}

/** The SHAs an event fixture names: `pull_request` events carry them, others use the labeled fixture's. */
export function shasOf(payload: Record<string, unknown>): {
  baseSha: string;
  headSha: string;
  headRef: string;
} {
  const pr = (payload.pull_request ?? loadEvent("pull_request.labeled").pull_request) as {
    base: { sha: string };
    head: { sha: string; ref: string };
  };
  return { baseSha: pr.base.sha, headSha: pr.head.sha, headRef: pr.head.ref };
}

/** Probot with the promptgate app loaded, talking to the fake GitHub at `githubUrl`. */
export async function startTestApp(options: { githubUrl: string; openaiUrl?: string }) {
  const probot = new Probot({
    appId: APP_ID,
    privateKey: PRIVATE_KEY,
    secret: WEBHOOK_SECRET,
    logLevel: (process.env.TEST_LOG_LEVEL ?? "fatal") as "fatal",
    Octokit: TestOctokit,
    baseUrl: options.githubUrl,
  });
  const queue = createReviewQueue();
  const cache = createMemoryCache();
  await probot.load(
    createPromptgateApp({
      queue,
      createModel: () =>
        createOpenAIModel({ baseURL: options.openaiUrl ?? "http://127.0.0.1:9/v1", apiKey: "sk-test" }),
      createCache: () => cache,
    }),
  );
  const receive = async (name: string, payload: unknown) => {
    await probot.receive({ id: randomUUID(), name, payload } as never);
    await queue.idle();
  };
  return { probot, queue, receive };
}

/**
 * An `issue_comment.created` delivery on PR #7 from `login`. With `github`, the comment is also posted on the fake
 * server (so it can be reacted to) and the delivery carries its id.
 */
export function commentEvent(
  body: string,
  login: string,
  options: { type?: "User" | "Bot"; github?: FakeGitHubServer } = {},
): Record<string, unknown> {
  const type = options.type ?? "User";
  const event = loadEvent("issue_comment.created");
  const comment = event.comment as Record<string, unknown>;
  const id = options.github ? options.github.addComment(7, body, login) : comment.id;
  return {
    ...event,
    comment: { ...comment, id, body, user: { ...(comment.user as object), login, type } },
    sender: { ...(event.sender as object), login, type },
  };
}

/** The App as deployed: its HTTP server (signature-checked webhooks) over the fake GitHub and provider. */
export async function startHttpApp(github: FakeGitHubServer, openai: FakeOpenAIServer): Promise<AppServer> {
  const started = await runApp(
    {
      APP_ID,
      PRIVATE_KEY,
      WEBHOOK_SECRET,
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: openai.url,
      GITHUB_API_URL: github.url,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: (process.env.TEST_LOG_LEVEL ?? "fatal") as "fatal",
    },
    { Octokit: TestOctokit },
  );
  if (!("server" in started)) throw new Error("the app did not start");
  return started.server;
}

/** POSTs one signed delivery as GitHub does (`id` is its `x-github-delivery`) and waits for the reviews it queued. */
export async function deliverSigned(
  app: AppServer,
  event: string,
  payload: unknown,
  id: string = randomUUID(),
): Promise<Response> {
  const response = await postSigned(app.webhookUrl, event, payload, id);
  await app.queue.idle();
  return response;
}

/** POSTs one signed delivery to `webhookUrl` (an App in another process, say) and returns at its answer. */
export async function postSigned(
  webhookUrl: string,
  event: string,
  payload: unknown,
  id: string = randomUUID(),
): Promise<Response> {
  const body = JSON.stringify(payload);
  return fetch(webhookUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": event,
      "x-github-delivery": id,
      "x-hub-signature-256": signPayload(body),
    },
    body,
  });
}
