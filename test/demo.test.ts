// The demo reviews the bundled example offline: its recorded answers must cover every call (`npm run demo:record`).
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module shared with the demo
import { buildDemoRepo, exampleCacheDir } from "../scripts/demo/build-demo-repo.mjs";
import { createFileCache } from "../src/adapters/file-cache.js";
import { createGitRepoReader } from "../src/adapters/git-repo.js";
import { createOpenAIModel } from "../src/adapters/openai-model.js";
import { silentLogger } from "../src/ports.js";
import { review } from "../src/review.js";

const repo: string = buildDemoRepo();
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("npm run demo", () => {
  it("finds the example's regression from the recorded answers alone (run `npm run demo:record` if not)", async () => {
    const report = await review(
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
    expect(report.errors).toEqual([]);
    expect(report.calls.cached).toBe(report.calls.total);
    expect(report.verdict).toBe("fail");
    const prompt = report.prompts[0]!;
    expect(prompt.cases.filter((c) => c.change === "regressed").length).toBeGreaterThanOrEqual(5);
    expect(prompt.delta!.costPerCallPct).toBeGreaterThan(25);
  });

  it("says plainly that the answers are recorded examples and how to use a real model", () => {
    const script = readFileSync(join(import.meta.dirname, "../scripts/demo.mjs"), "utf8");
    expect(script).toContain("example responses written for this demo, not a live model");
    expect(script).toContain("OPENAI_API_KEY");
    expect(script).toContain("OPENAI_BASE_URL");
  });
});
