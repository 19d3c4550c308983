// Tests of src/core/cost/pricing.ts.
import { describe, expect, it } from "vitest";
import { builtInCatalogue } from "../../../src/core/cost/model-catalogue.js";
import { costOfUsage, findPrice, mapModelId } from "../../../src/core/cost/pricing.js";

describe("mapModelId", () => {
  it("drops GitHub Models publisher prefixes and keeps bare ids", () => {
    expect(mapModelId("openai/gpt-4o-mini")).toBe("gpt-4o-mini");
    expect(mapModelId("azureml/Phi-4")).toBe("Phi-4");
    expect(mapModelId("gpt-4.1")).toBe("gpt-4.1");
    expect(mapModelId("meta-llama/Llama-3.1-8B-Instruct")).toBe("meta-llama/Llama-3.1-8B-Instruct");
  });
});

describe("findPrice", () => {
  it("finds list prices by bare and prefixed id", () => {
    expect(findPrice("gpt-4o-mini", {}, builtInCatalogue)).toEqual({
      input: 0.15,
      cachedInput: 0.075,
      output: 0.6,
    });
    expect(findPrice("openai/gpt-4o", {}, builtInCatalogue)).toEqual({
      input: 2.5,
      cachedInput: 1.25,
      output: 10,
    });
  });

  it("maps dated snapshots to their family without confusing gpt-4o and gpt-4o-mini", () => {
    expect(findPrice("gpt-4o-2024-08-06", {}, builtInCatalogue)).toEqual(
      findPrice("gpt-4o", {}, builtInCatalogue),
    );
    expect(findPrice("gpt-4o-mini-2024-07-18", {}, builtInCatalogue)).toEqual({
      input: 0.15,
      cachedInput: 0.075,
      output: 0.6,
    });
    expect(findPrice("openai/gpt-4.1-nano-2025-04-14", {}, builtInCatalogue)).toEqual(
      findPrice("gpt-4.1-nano", {}, builtInCatalogue),
    );
    expect(findPrice("gpt-4-0613", {}, builtInCatalogue)).toEqual({ input: 30, output: 60 });
    expect(findPrice("gpt-3.5-turbo-0125", {}, builtInCatalogue)).toEqual({ input: 0.5, output: 1.5 });
  });

  it("returns null, never a zero price, for models the catalogue does not know", () => {
    expect(findPrice("my-finetune", {}, builtInCatalogue)).toBeNull();
    expect(findPrice("meta-llama/Llama-3.1-8B-Instruct", {}, builtInCatalogue)).toBeNull();
    expect(findPrice("gpt-5.9", {}, builtInCatalogue)).toBeNull();
  });

  it("prefers overrides, matched as written or mapped", () => {
    const custom = { input: 0.3, output: 1.2 };
    expect(findPrice("my-finetune", { "my-finetune": custom }, builtInCatalogue)).toEqual(custom);
    expect(findPrice("openai/gpt-4o-mini", { "gpt-4o-mini": custom }, builtInCatalogue)).toEqual(custom);
    expect(findPrice("openai/gpt-4o-mini", { "openai/gpt-4o-mini": custom }, builtInCatalogue)).toEqual(
      custom,
    );
  });
});

describe("costOfUsage", () => {
  it("prices input and output per million tokens", () => {
    // gpt-4o-mini: 1,000 in × $0.15/M + 500 out × $0.60/M = $0.00015 + $0.0003
    const usage = { inputTokens: 1000, outputTokens: 500, cachedInputTokens: 0 };
    expect(costOfUsage(usage, { input: 0.15, cachedInput: 0.075, output: 0.6 })).toBeCloseTo(0.00045, 12);
  });

  it("prices cached input at the cached rate, or at the input rate when there is none", () => {
    // 2,000 in of which 1,500 cached: 500 × $2.50 + 1,500 × $1.25 + 100 × $10 per M = $0.004125
    const usage = { inputTokens: 2000, outputTokens: 100, cachedInputTokens: 1500 };
    expect(costOfUsage(usage, { input: 2.5, cachedInput: 1.25, output: 10 })).toBeCloseTo(0.004125, 12);
    // No cached rate: 2,000 × $10 + 100 × $30 per M = $0.023
    expect(costOfUsage(usage, { input: 10, output: 30 })).toBeCloseTo(0.023, 12);
  });
});
