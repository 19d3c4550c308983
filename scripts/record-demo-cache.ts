// Rewrites the demo's response cache from the example answers (scripts/demo/support-responder.mjs).
// Run after changing the example prompts: `npm run demo:record`.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createFileCache } from "../src/adapters/file-cache.js";
import { createGitRepoReader } from "../src/adapters/git-repo.js";
import { countChatTokens, countTextTokens } from "../src/core/cost/tokens.js";
import type { ChatRequest, Model } from "../src/engine/model.js";
import { silentLogger } from "../src/ports.js";
import { review } from "../src/review/index.js";
// @ts-expect-error plain JavaScript module shared with the demo
import { buildDemoRepo, exampleCacheDir } from "./demo/build-demo-repo.mjs";
// @ts-expect-error plain JavaScript module shared with the demo
import { answerSupportQuestion } from "./demo/support-responder.mjs";

/** Answers like the example bot would; repeats of one request get sample 0, 1, 2 in order. */
function createExampleModel(): Model {
  const seen = new Map<string, number>();
  return {
    endpoint: "https://api.openai.com/v1",
    async complete(request: ChatRequest) {
      const key = JSON.stringify(request);
      const sample = seen.get(key) ?? 0;
      seen.set(key, sample + 1);
      const system = request.messages.find((m) => m.role === "system")?.content ?? "";
      const question = request.messages.filter((m) => m.role === "user").at(-1)?.content ?? "";
      const text: string = answerSupportQuestion(system, question, sample);
      const outputTokens = countTextTokens(text, request.model);
      return {
        text,
        usage: {
          inputTokens: countChatTokens(request.messages, request.model),
          outputTokens,
          cachedInputTokens: 0,
        },
        latencyMs: 420 + outputTokens * 9,
        finishReason: "stop",
      };
    },
  };
}

const repo: string = buildDemoRepo();
rmSync(exampleCacheDir, { recursive: true, force: true });
const config = `${readFileSync(join(repo, "promptgate.yml"), "utf8")}concurrency: 1\n`;
const report = await review(
  {
    repo: createGitRepoReader(repo),
    logger: silentLogger,
    createModel: createExampleModel,
    createCache: () => createFileCache(exampleCacheDir),
    cacheMode: "use",
  },
  {
    base: "main",
    head: "tidy-wording",
    dryRun: false,
    configOverride: { path: "promptgate.yml", text: config },
  },
);
// The cache's own .gitignore would hide the recorded answers from git: this cache is committed on purpose.
rmSync(join(exampleCacheDir, ".gitignore"), { force: true });
console.log(`recorded ${report.calls.total} answers into ${exampleCacheDir}: verdict ${report.verdict}`);
rmSync(repo, { recursive: true, force: true });
