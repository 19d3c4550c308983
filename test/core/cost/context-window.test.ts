// Tests of src/core/cost/context-window.ts: windows from the model catalogue, and rendered prompts that do not fit them.
import { describe, expect, it } from "vitest";
import { checkContextWindow, contextWindowOf } from "../../../src/core/cost/context-window.js";
import { builtInCatalogue, type ModelCatalogue } from "../../../src/core/cost/model-catalogue.js";
import type { ChatRequest } from "../../../src/engine/model.js";

const request = (model: string, content: string, maxTokens?: number): ChatRequest => ({
  model,
  messages: [{ role: "user", content }],
  ...(maxTokens !== undefined ? { maxTokens } : {}),
});

describe("contextWindowOf", () => {
  it("reads the model catalogue: families, dated snapshots, GitHub Models ids and other vendors' models", () => {
    expect(contextWindowOf("gpt-4o-mini")).toBe(128_000);
    expect(contextWindowOf("openai/gpt-4.1")).toBe(builtInCatalogue.contextWindowOf("gpt-4.1"));
    expect(contextWindowOf("gpt-4-0613")).toBe(8_192);
    expect(contextWindowOf("gpt-4o-2024-08-06")).toBe(128_000);
    expect(contextWindowOf("claude-3-5-sonnet-20241022")).toBe(200_000);
    expect(contextWindowOf("anthropic/claude-sonnet-4")).toBe(200_000);
    expect(contextWindowOf("llama3.1:8b")).toBeNull();
  });

  it("has no table of its own: a catalogue passed in is the only answer", () => {
    const tiny: ModelCatalogue = {
      ...builtInCatalogue,
      contextWindowOf: (m) => (m === "gpt-4o" ? 10 : null),
    };
    expect(contextWindowOf("openai/gpt-4o", tiny)).toBe(10);
    expect(contextWindowOf("gpt-4", tiny)).toBeNull();
    expect(
      checkContextWindow(
        [{ request: request("gpt-4o", "Hello there, how are you?"), file: "t.prompt.yml" }],
        tiny,
      ),
    ).toHaveLength(1);
  });
});

describe("checkContextWindow", () => {
  it("passes prompts that fit, and models it does not know, without counting", () => {
    const small = request("gpt-4", "Hello there.");
    const unknown = request("my-local-model", "word ".repeat(50_000));
    expect(
      checkContextWindow([
        { request: small, file: "p.prompt.yml" },
        { request: unknown, file: "p.prompt.yml" },
      ]),
    ).toEqual([]);
  });

  it("reports the largest call over the window at its file and row, with the answer's reserve", () => {
    const calls = [
      { request: request("gpt-4", "word ".repeat(9_000)), file: "prompts/big.prompt.yml", line: 12 },
      { request: request("gpt-4", "word ".repeat(7_000), 2_000), file: "prompts/big.prompt.yml", line: 13 },
      { request: request("gpt-4", "fits"), file: "prompts/big.prompt.yml", line: 14 },
    ];
    expect(checkContextWindow(calls)).toEqual([
      {
        file: "prompts/big.prompt.yml",
        line: 12,
        message: expect.stringMatching(
          /^the rendered prompt is 9,0\d\d tokens, over the 8,192-token context window of gpt-4 \(2 rendered calls are over; this is the largest\)/,
        ),
      },
    ]);
    const [reserved] = checkContextWindow([calls[1]!]);
    expect(reserved?.message).toMatch(/7,0\d\d tokens plus 2,000 reserved for the answer/);
  });

  it("checks models of other vendors that the catalogue knows (a Claude prompt over its 200,000 tokens)", () => {
    const call = {
      request: request("claude-3-5-sonnet-20241022", "word ".repeat(1_000), 199_500),
      file: "c.prompt.yml",
    };
    expect(checkContextWindow([call])).toEqual([
      {
        file: "c.prompt.yml",
        message: expect.stringMatching(
          /plus 199,500 reserved for the answer, over the 200,000-token context window of claude-3-5-sonnet-20241022/,
        ),
      },
    ]);
  });
});
