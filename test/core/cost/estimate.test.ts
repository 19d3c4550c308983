// Tests of src/core/cost/estimate.ts.
import { describe, expect, it } from "vitest";
import { defaultOutputTokens, estimateCost, estimateEvalCost } from "../../../src/core/cost/estimate.js";
import { countTextTokens } from "../../../src/core/cost/tokens.js";
import type { CostEstimate } from "../../../src/core/report/report.js";

// 19 prompt tokens each (see tokens.test.ts): 3 + 1 + 6 and 3 + 1 + 2, plus 3 priming the reply.
const greeting = [
  { role: "system" as const, content: "You are a helpful assistant." },
  { role: "user" as const, content: "Hello!" },
];
// 3 + 1 + 2 ("hello world") + 3 = 9 prompt tokens.
const short = [{ role: "user" as const, content: "hello world" }];

describe("estimateCost", () => {
  it("uses maxTokens as the output bound and the mean input over the cases", () => {
    const estimate = estimateCost(
      { model: "openai/gpt-4o-mini", calls: [greeting, short], maxTokens: 512 },
      {},
    );
    expect(estimate.model).toBe("openai/gpt-4o-mini");
    expect(estimate.inputTokensPerCall).toBe(14);
    expect(estimate.outputTokensPerCall).toBe(512);
    expect(estimate.outputAssumption).toBe("the maxTokens limit, the most the model may write");
    // The figure is its own column: the assumption says where it comes from, without repeating it.
    expect(estimate.outputAssumption).not.toContain("512");
    // (14 × $0.15 + 512 × $0.60) / 1M
    expect(estimate.costPerCallUsd).toBeCloseTo((14 * 0.15 + 512 * 0.6) / 1e6, 15);
  });

  it("counts the tools sent with every call as input", () => {
    const tools = [{ type: "function", function: { name: "get_weather", parameters: { type: "object" } } }];
    const toolTokens = countTextTokens(JSON.stringify(tools), "gpt-4o-mini");
    expect(toolTokens).toBeGreaterThan(10);
    const estimate = estimateCost({ model: "gpt-4o-mini", calls: [greeting, short], tools }, {});
    expect(estimate.inputTokensPerCall).toBe(14 + toolTokens);
  });

  it("prefers maxCompletionTokens over maxTokens", () => {
    const estimate = estimateCost(
      { model: "gpt-5-mini", calls: [short], maxTokens: 512, maxCompletionTokens: 1000 },
      {},
    );
    expect(estimate.outputTokensPerCall).toBe(1000);
    expect(estimate.outputAssumption).toBe("the maxCompletionTokens limit, the most the model may write");
    expect(estimate.costPerCallUsd).toBeCloseTo((9 * 0.25 + 1000 * 2) / 1e6, 15);
  });

  it("states the default output assumption when no limit is set", () => {
    const estimate = estimateCost({ model: "gpt-4o", calls: [greeting] }, {});
    expect(estimate.outputTokensPerCall).toBe(defaultOutputTokens);
    expect(estimate.outputAssumption).toBe("assumed: the prompt sets no maxTokens");
    expect(estimate.costPerCallUsd).toBeCloseTo((19 * 2.5 + defaultOutputTokens * 10) / 1e6, 15);
  });

  it("leaves the cost unknown for a model with no price, and uses an override when given", () => {
    const unknown = estimateCost({ model: "my-finetune", calls: [greeting], maxTokens: 100 }, {});
    expect(unknown.costPerCallUsd).toBeNull();
    expect(unknown.inputTokensPerCall).toBe(19);
    const priced = estimateCost(
      { model: "my-finetune", calls: [greeting], maxTokens: 100 },
      { "my-finetune": { input: 1, output: 2 } },
    );
    expect(priced.costPerCallUsd).toBeCloseTo((19 * 1 + 100 * 2) / 1e6, 15);
  });
});

function estimateOf(costPerCallUsd: number | null): CostEstimate {
  return {
    model: "m",
    inputTokensPerCall: 10,
    outputTokensPerCall: 10,
    outputAssumption: "a",
    costPerCallUsd,
  };
}

describe("estimateEvalCost", () => {
  it("multiplies cases by repeats for each version", () => {
    const result = estimateEvalCost(estimateOf(0.001), estimateOf(0.002), { base: 10, head: 12 }, 3);
    expect(result.evalCalls).toBe(30 + 36);
    expect(result.evalCostUsd).toBeCloseTo(30 * 0.001 + 36 * 0.002, 12);
    expect(result.base?.costPerCallUsd).toBe(0.001);
  });

  it("counts only the version present for added and deleted prompts", () => {
    const added = estimateEvalCost(undefined, estimateOf(0.001), { base: 0, head: 5 }, 2);
    expect(added.evalCalls).toBe(10);
    expect(added.evalCostUsd).toBeCloseTo(0.01, 12);
    expect(added.base).toBeUndefined();
  });

  it("is unknown when any present version has no price", () => {
    const result = estimateEvalCost(estimateOf(0.001), estimateOf(null), { base: 4, head: 4 }, 3);
    expect(result.evalCalls).toBe(24);
    expect(result.evalCostUsd).toBeNull();
  });
});
