// Tests of src/core/cost/tokens.ts.
import { describe, expect, it } from "vitest";
import { countChatTokens, countTextTokens, encodingFor } from "../../../src/core/cost/tokens.js";

describe("encodingFor", () => {
  it("uses o200k_base for the GPT-4o, 4.1, 5 and o-series generations", () => {
    for (const model of [
      "gpt-4o",
      "gpt-4o-mini-2024-07-18",
      "openai/gpt-4.1",
      "gpt-5-nano",
      "o1",
      "o3-mini",
    ]) {
      expect(encodingFor(model), model).toBe("o200k_base");
    }
    expect(encodingFor("o4-mini")).toBe("o200k_base");
  });

  it("uses cl100k_base for GPT-4 and GPT-3.5", () => {
    for (const model of [
      "gpt-4",
      "gpt-4-0613",
      "gpt-4-turbo",
      "gpt-3.5-turbo",
      "openai/gpt-3.5-turbo-0125",
    ]) {
      expect(encodingFor(model), model).toBe("cl100k_base");
    }
  });

  it("assumes o200k_base for models it does not know", () => {
    expect(encodingFor("my-finetune")).toBe("o200k_base");
  });
});

describe("countTextTokens", () => {
  it("matches published counts", () => {
    // "hello world" → ["hello", " world"] in both encodings.
    expect(countTextTokens("hello world", "gpt-4o")).toBe(2);
    expect(countTextTokens("hello world", "gpt-4")).toBe(2);
    // tiktoken README / OpenAI cookbook: "tiktoken is great!" → ["t", "ik", "token", " is", " great", "!"].
    expect(countTextTokens("tiktoken is great!", "gpt-3.5-turbo")).toBe(6);
    // OpenAI cookbook: "China is great!" → [23078, 374, 2294, 0] in cl100k_base.
    expect(countTextTokens("China is great!", "gpt-4")).toBe(4);
    expect(countTextTokens("", "gpt-4o")).toBe(0);
  });

  it("treats special-token text in a prompt as ordinary text instead of throwing", () => {
    expect(countTextTokens("say <|endoftext|> now", "gpt-4o")).toBeGreaterThan(3);
  });
});

describe("countChatTokens", () => {
  // The API reports 19 prompt tokens for this request: per message 3 + role (1) + content
  // ("You are a helpful assistant." = 6, "Hello!" = 2), plus 3 tokens priming the reply.
  const messages = [
    { role: "system" as const, content: "You are a helpful assistant." },
    { role: "user" as const, content: "Hello!" },
  ];

  it("adds OpenAI's per-message and reply-priming overhead", () => {
    expect(countChatTokens(messages, "gpt-4o-mini")).toBe(19);
    expect(countChatTokens(messages, "gpt-3.5-turbo")).toBe(19);
  });

  it("counts only the reply priming for no messages", () => {
    expect(countChatTokens([], "gpt-4o")).toBe(3);
  });
});
