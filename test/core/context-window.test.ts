// Tests of src/core/context-window.ts: known windows, and rendered prompts that do not fit them.
import { describe, expect, it } from "vitest";
import { checkContextWindow, contextWindowOf } from "../../src/core/context-window.js";
import type { ChatRequest } from "../../src/engine/model.js";

const request = (model: string, content: string, maxTokens?: number): ChatRequest => ({
  model,
  messages: [{ role: "user", content }],
  ...(maxTokens !== undefined ? { maxTokens } : {}),
});

describe("contextWindowOf", () => {
  it("knows model families, their dated snapshots and GitHub Models ids; nothing else", () => {
    expect(contextWindowOf("gpt-4o-mini")).toBe(128_000);
    expect(contextWindowOf("openai/gpt-4.1")).toBe(1_047_576);
    expect(contextWindowOf("gpt-4-0613")).toBe(8_192);
    expect(contextWindowOf("gpt-4o-2024-08-06")).toBe(128_000);
    expect(contextWindowOf("gpt-4o-audio-preview")).toBeUndefined();
    expect(contextWindowOf("llama3.1:8b")).toBeUndefined();
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
});
