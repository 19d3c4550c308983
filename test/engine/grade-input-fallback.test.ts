// Built-in judges need `input`; GitHub's prompt files rarely have that column, so the asked prompt stands in.
import { describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/engine/cache.js";
import { createEngine } from "../../src/engine/engine.js";
import { gradeSample } from "../../src/engine/grade.js";
import type { ChatRequest } from "../../src/engine/model.js";
import { createFakeModel } from "../support/fake-model.js";

describe("gradeSample with a built-in judge and no `input` column", () => {
  it("gives the judge the rendered question as its input", async () => {
    const seen: ChatRequest[] = [];
    const model = createFakeModel({
      answer: (request) => {
        seen.push(request);
        return JSON.stringify({ reasoning: "close enough", score: 5 });
      },
    });
    const engine = createEngine({
      model,
      cache: createMemoryCache(),
      cacheMode: "use",
      concurrency: 2,
      maxRetries: 0,
      timeoutMs: 5_000,
      budget: { maxCalls: null, maxCostUsd: null },
      priceOf: () => null,
    });
    const grade = await gradeSample(
      [{ kind: "builtin", judge: "similarity", name: "Label accuracy", invariant: false }],
      "bug, frontend",
      {
        engine,
        file: "issue-labeler.prompt.yml",
        caseId: "c1",
        vars: { issue_title: "Crash on submit", expected: "bug, frontend, high" },
        judgeModel: "gpt-4o-mini",
        sample: 0,
        label: "issue-labeler.prompt.yml#c1 head sample 1",
        prompt: "Analyze this GitHub issue: Crash on submit",
      },
    );
    expect(grade.error).toBeUndefined();
    expect(grade.pass).toBe(true);
    const judgeText = seen[0]!.messages.map((m) => m.content).join("\n");
    expect(judgeText).toContain("Analyze this GitHub issue: Crash on submit");
    expect(judgeText).toContain("bug, frontend, high");
  });
});
