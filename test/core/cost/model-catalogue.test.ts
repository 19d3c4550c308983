// The model catalogue (src/core/cost/model-catalogue.ts): prices and context windows from @pydantic/genai-prices.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtInCatalogue, GENAI_PRICES_VERSION } from "../../../src/core/cost/model-catalogue.js";
import { findPrice } from "../../../src/core/cost/pricing.js";
import { describeTokenizer } from "../../../src/core/cost/tokens.js";

const installed = JSON.parse(readFileSync("node_modules/@pydantic/genai-prices/package.json", "utf8")) as {
  version: string;
};

describe("the built-in model catalogue", () => {
  it("names the package and the version that is bundled", () => {
    expect(builtInCatalogue.name).toBe("@pydantic/genai-prices");
    expect(builtInCatalogue.version).toBe(installed.version);
    expect(GENAI_PRICES_VERSION).toBe(installed.version);
  });

  it("prices every model of the built-in examples and judges (input, cached input, output)", () => {
    const models = new Set<string>();
    const files = readdirSync("prompts", { recursive: true, encoding: "utf8" }).filter((f) =>
      /\.prompt\.ya?ml$/.test(f),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const model = /^model:\s*(\S+)/m.exec(readFileSync(join("prompts", file), "utf8"))?.[1];
      if (model) models.add(model);
    }
    models.add("gpt-4o-mini"); // the default `model:` of promptgate.yml
    for (const model of models) {
      const price = builtInCatalogue.priceOf(model.replace(/^openai\//, ""));
      expect(price, model).not.toBeNull();
      expect(price!.input, model).toBeGreaterThan(0);
      expect(price!.output, model).toBeGreaterThan(price!.input);
      expect(price!.cachedInput, model).toBeLessThan(price!.input);
    }
  });

  it("knows other vendors' models, bare or written with the vendor in front", () => {
    expect(builtInCatalogue.vendorOf("claude-sonnet-4-5")).toBe("anthropic");
    expect(builtInCatalogue.priceOf("anthropic/claude-sonnet-4-5")).toEqual(
      builtInCatalogue.priceOf("claude-sonnet-4-5"),
    );
    expect(builtInCatalogue.priceOf("claude-sonnet-4-5")).not.toBeNull();
    expect(builtInCatalogue.vendorOf("gpt-4o-mini")).toBe("openai");
  });

  it("gives context windows, and says unknown (null) for what it does not record", () => {
    expect(builtInCatalogue.contextWindowOf("gpt-4o-mini")).toBe(128_000);
    expect(builtInCatalogue.contextWindowOf("gpt-4o-mini-2024-07-18")).toBe(128_000);
    expect(builtInCatalogue.contextWindowOf("my-finetune")).toBeNull();
    expect(builtInCatalogue.maxOutputOf("gpt-4o-mini")).toBeNull();
    expect(builtInCatalogue.priceOf("my-finetune")).toBeNull();
    expect(builtInCatalogue.vendorOf("my-finetune")).toBeNull();
  });

  it("is overridden by a `pricing:` entry, and another catalogue can be passed in", () => {
    const custom = { input: 9, output: 9 };
    expect(findPrice("gpt-4o-mini", { "gpt-4o-mini": custom }, builtInCatalogue)).toEqual(custom);
    const empty = { ...builtInCatalogue, priceOf: () => null };
    expect(findPrice("gpt-4o-mini", {}, empty)).toBeNull();
  });
});

describe("describeTokenizer", () => {
  it("counts OpenAI's models with their own encoding, and marks other vendors' counts as estimates", () => {
    expect(describeTokenizer("openai/gpt-4o-mini")).toEqual({ encoding: "o200k_base", estimate: false });
    expect(describeTokenizer("gpt-4-0613")).toEqual({ encoding: "cl100k_base", estimate: false });
    expect(describeTokenizer("gpt-7-preview")).toEqual({ encoding: "o200k_base", estimate: false });
    expect(describeTokenizer("claude-sonnet-4-5")).toEqual({ encoding: "o200k_base", estimate: true });
    expect(describeTokenizer("meta-llama/Llama-3.1-8B-Instruct").estimate).toBe(true);
  });
});
