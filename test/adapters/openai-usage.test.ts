// Answers without token counts: their cost must be unknown, not $0.
import { describe, expect, it } from "vitest";
import { parseCompletion } from "../../src/adapters/openai-model.js";

describe("an answer without usage", () => {
  it("is marked usageMissing so its cost is unknown, not $0", () => {
    const response = parseCompletion(
      {
        id: "x",
        object: "chat.completion",
        created: 1,
        model: "gpt-4o-mini",
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: "hi", refusal: null },
            finish_reason: "stop",
            logprobs: null,
          },
        ],
      },
      12,
    );
    expect(response.usageMissing).toBe(true);
    expect(response.usage).toEqual({ inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 });
  });
});
