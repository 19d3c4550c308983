// Drives full reviews against a temp git repository and the loopback OpenAI-compatible server.

// @ts-expect-error plain JavaScript module shared with the demo
import { answerSupportQuestion } from "../../scripts/demo/support-responder.mjs";
import { createGitRepoReader } from "../../src/adapters/git-repo.js";
import { createOpenAIModel } from "../../src/adapters/openai-model.js";
import type { ReviewReport } from "../../src/core/report/report.js";
import { type Cache, createMemoryCache } from "../../src/engine/cache.js";
import { silentLogger } from "../../src/ports.js";
import { review } from "../../src/review/index.js";
import type { ChatCompletionRequestBody, FakeAnswer } from "./fake-openai-server.js";
import { contentText } from "./fake-openai-server.js";

export const supportPrompt = (system: string, extra = "") => `name: Support bot
model: openai/gpt-4o-mini
modelParameters:
  temperature: 0.2
messages:
  - role: system
    content: |
${system
  .split("\n")
  .map((line) => `      ${line}`)
  .join("\n")}
  - role: user
    content: "{{question}}"
${extra}testData:
  - {question: How do I get a refund for a broken kettle?, mustMention: acme.example/refunds}
  - {question: Can I return shoes that don't fit?, mustMention: acme.example/refunds}
  - {question: I want my money back for the blender., mustMention: acme.example/refunds}
  - {question: What is your refund policy?, mustMention: acme.example/refunds}
  - {question: Do you refund shipping costs on returns?, mustMention: acme.example/refunds}
  - {question: I'd like to return a lamp, what do I do?, mustMention: acme.example/refunds}
  - {question: How long do I have to return an item?, mustMention: 30 days}
  - {question: Where is my order?, mustMention: tracking}
  - {question: How do I reset my password?, mustMention: reset}
  - {question: Which payment methods do you accept?, mustMention: card}
  - {question: How do I cancel my order?, mustMention: cancel}
  - {question: Can I change the delivery address after ordering?, mustMention: address}
evaluators:
  - name: mentions what it must
    string:
      contains: "{{mustMention}}"
`;

export const systemWithLink = [
  "You are Acme's customer support assistant.",
  "When the customer asks about refunds or returns, say that refunds are available within 30 days and link to https://acme.example/refunds.",
  "Be concise: answer in at most three sentences.",
].join("\n");

export const pricingConfig = `pricing:
  gpt-4o-mini: {input: 0.15, output: 0.6}
  gpt-4.1-nano: {input: 0.1, output: 0.4}
`;

/**
 * Answers like the example support bot; repeats of one request count as samples 0, 1, 2.
 * A "nano" model is worse: it drops the refund link.
 */
export function createSupportResponder(): (body: ChatCompletionRequestBody) => FakeAnswer {
  const seen = new Map<string, number>();
  return (body) => {
    const key = JSON.stringify(body.messages) + body.model;
    const sample = seen.get(key) ?? 0;
    seen.set(key, sample + 1);
    const system = contentText(body.messages.find((m) => m.role === "system")?.content ?? "");
    const question = contentText(body.messages.filter((m) => m.role === "user").at(-1)?.content ?? "");
    const effective = body.model.includes("nano")
      ? system.replace("acme.example/refunds", "our website")
      : system;
    return answerSupportQuestion(effective, question, sample) as string;
  };
}

export async function runReview(
  dir: string,
  serverUrl: string,
  options: { base?: string; head?: string; cache?: Cache; dryRun?: boolean } = {},
): Promise<ReviewReport> {
  return review(
    {
      repo: createGitRepoReader(dir),
      logger: silentLogger,
      createModel: () => createOpenAIModel({ baseURL: serverUrl, apiKey: "test-key" }),
      createCache: () => options.cache ?? createMemoryCache(),
      cacheMode: "use",
    },
    { base: options.base ?? "main", head: options.head ?? "HEAD", dryRun: options.dryRun ?? false },
  );
}
