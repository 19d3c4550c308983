// Tests of the Batch API file formats (src/adapters/openai-batch.ts): the request lines and the output lines.
import { describe, expect, it } from "vitest";
import { buildBatchJsonl, parseBatchOutput } from "../../src/adapters/openai-batch.js";
import { buildRequestBody, parseCompletion } from "../../src/adapters/openai-model.js";

const completion = (text: string) => ({
  id: "c",
  object: "chat.completion",
  created: 0,
  model: "gpt-4o-mini",
  choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
  usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
});

describe("batch files", () => {
  it("writes one request line per item, keyed by its custom id, with the synchronous request body", () => {
    const request = {
      model: "gpt-4o-mini",
      messages: [{ role: "user" as const, content: "hi" }],
      maxTokens: 9,
    };
    const lines = buildBatchJsonl([{ customId: "key-1", request }], buildRequestBody).split("\n");
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { custom_id: "key-1", method: "POST", url: "/v1/chat/completions", body: buildRequestBody(request) },
    ]);
  });

  it("reads answers, refusals by the provider and unreadable answers; skips lines with no custom id", () => {
    const text = [
      JSON.stringify({ custom_id: "a", response: { status_code: 200, body: completion("Paris.") } }),
      JSON.stringify({ custom_id: "b", response: { status_code: 429, body: {} }, error: null }),
      JSON.stringify({ custom_id: "c", response: null, error: { message: "batch expired" } }),
      JSON.stringify({ custom_id: "d", response: { status_code: 200, body: { choices: [] } } }),
      "not json",
      JSON.stringify({ response: { status_code: 200, body: completion("lost") } }),
      "",
    ].join("\n");
    const results = parseBatchOutput(text, parseCompletion);
    expect([...results.keys()]).toEqual(["a", "b", "c", "d"]);
    expect(results.get("a")).toMatchObject({
      ok: true,
      response: { text: "Paris.", usage: { inputTokens: 5, outputTokens: 2 }, latencyMissing: true },
    });
    expect(results.get("b")).toEqual({ ok: false, error: "status 429" });
    expect(results.get("c")).toEqual({ ok: false, error: "batch expired" });
    expect(results.get("d")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^line 4: .*without any choice/),
    });
  });
});
