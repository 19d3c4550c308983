// Shared set-up for the App tests: a throwaway App key, signed deliveries, event fixtures and a seeded fake repository.
import { createHmac, generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { ProbotOctokit } from "probot";
import type { FakeGitHubServer } from "../support/fake-github-server.js";
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

/** Probot's Octokit with retries and throttling off, so a failing request fails the test at once. */
export const TestOctokit = ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } });

/** SHAs used by the event fixtures. */
export const BASE_SHA = "0000000000000000000000000000000000000000";
export const HEAD_SHA = "1111111111111111111111111111111111111111";

export const systemWithoutLink = systemWithLink.replace(
  "When the customer asks about refunds or returns, say that refunds are available within 30 days and link to https://acme.example/refunds.",
  "Refunds are available within 30 days.",
);

/** `test/fixtures/events/<name>.json`, with the installation every App delivery carries. */
export function loadEvent(name: string): Record<string, unknown> & { installation: { id: number } } {
  const payload = JSON.parse(readFileSync(new URL(`../fixtures/events/${name}.json`, import.meta.url), "utf8"));
  return { ...payload, installation: payload.installation ?? { id: INSTALLATION_ID, node_id: "MDIzOkludGVncmF0aW9uNDI0Mg==" } };
}

export function signPayload(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * The fixtures' repository: the support prompt at base, at head without the refund link (a regression the
 * support responder reproduces), PR #7 from `shorter-support-prompt`.
 */
export function seedRepository(github: FakeGitHubServer, options: { headSystem?: string; config?: string } = {}) {
  const base = github.addCommit({
    sha: BASE_SHA,
    message: "add the support prompt",
    files: {
      "promptgate.yml": options.config ?? pricingConfig,
      "prompts/support.prompt.yml": supportPrompt(systemWithLink),
      "README.md": "# shop\n",
    },
  });
  github.setBranch("main", base);
  const head = github.addCommit({
    sha: HEAD_SHA,
    parent: base,
    message: "shorten the support prompt",
    files: { "prompts/support.prompt.yml": supportPrompt(options.headSystem ?? systemWithoutLink) },
  });
  github.setBranch("shorter-support-prompt", head);
  github.addPullRequest({ number: 7, baseSha: base, headSha: head, headRef: "shorter-support-prompt" });
  return { base, head };
}

/** An `issue_comment.created` delivery on PR #7 from `login`. */
export function commentEvent(body: string, login: string, type: "User" | "Bot" = "User") {
  const event = loadEvent("issue_comment.created");
  const comment = event.comment as Record<string, unknown>;
  return {
    ...event,
    comment: { ...comment, body, user: { ...(comment.user as object), login, type } },
    sender: { ...(event.sender as object), login, type },
  };
}
