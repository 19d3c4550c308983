// Function tools: which are sent, and promptfoo's is-valid-openai-tools-call over a tool-calling answer.
import { describe, expect, it } from "vitest";
import { evaluateToolCalls, listSendableTools } from "../../../src/core/prompt-file/tools.js";

const weather = {
  type: "function",
  function: {
    name: "get_current_weather",
    parameters: {
      type: "object",
      properties: { location: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
      required: ["location"],
    },
  },
};
const call = (name: string, args: unknown) =>
  JSON.stringify([{ type: "function", function: { name, arguments: JSON.stringify(args) } }]);

describe("listSendableTools", () => {
  it("sends OpenAI function tools, and nothing when any tool is only a name", () => {
    expect(listSendableTools([weather])).toEqual([weather]);
    expect(listSendableTools([weather, "lookupOrder"])).toBeUndefined();
    expect(listSendableTools([])).toBeUndefined();
    expect(listSendableTools(undefined)).toBeUndefined();
  });
});

describe("evaluateToolCalls", () => {
  it.each([
    [call("get_current_weather", { location: "Boston, MA" }), true, "1 valid call"],
    [call("get_current_weather", { unit: "celsius" }), false, "must have required property 'location'"],
    [call("get_current_weather", { location: "Paris", unit: "kelvin" }), false, "/unit must be equal"],
    [call("book_flight", { to: "Paris" }), false, '"book_flight", which is not one of'],
    [
      '[{"type":"function","function":{"name":"get_current_weather","arguments":"{oops"}}]',
      false,
      "not valid JSON",
    ],
    ["It is sunny in Boston.", false, "the answer is text"],
    ["[]", false, "no tool call"],
  ])("%s → %s", (output, pass, reason) => {
    const result = evaluateToolCalls([weather], output);
    expect(result.pass).toBe(pass);
    expect(result.reason).toContain(reason);
  });
});
