// The demo's review run in-process, offline, from the answers recorded with the example (`npm run demo:record`).
// @ts-expect-error plain JavaScript module shared with the demo
import { exampleCacheDir } from "../../scripts/demo/build-demo-repo.mjs";
import { createFileCache } from "../../src/adapters/file-cache.js";
import { createGitRepoReader } from "../../src/adapters/git-repo.js";
import { createOpenAIModel } from "../../src/adapters/openai-model.js";
import type { ReviewReport } from "../../src/core/report/report.js";
import { silentLogger } from "../../src/ports.js";
import { review } from "../../src/review/index.js";

export function reviewDemoRepo(repo: string): Promise<ReviewReport> {
  return review(
    {
      repo: createGitRepoReader(repo),
      logger: silentLogger,
      // The recording's endpoint: the default one, whatever OPENAI_BASE_URL says here.
      createModel: () => createOpenAIModel({ baseURL: null, apiKey: "offline" }),
      createCache: () => createFileCache(exampleCacheDir),
      cacheMode: "offline",
    },
    { base: "main", head: "tidy-wording", dryRun: false },
  );
}
