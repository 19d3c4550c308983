// Tests of src/core/model-parameters.ts: the one declaration of the model parameters every format and request uses.
import { describe, expect, it } from "vitest";
import {
  isModelParameterName,
  modelParameterApiNames,
  modelParameterNames,
  modelParametersSchema,
  pickModelParameters,
} from "../../src/core/model-parameters.js";
import { modelParameterAliases } from "../../src/core/prompt-file/prompt-file-schema.js";

describe("model parameters", () => {
  it("lists the eight parameters in reading order, each with its API name", () => {
    expect(modelParameterNames).toEqual([
      "temperature",
      "topP",
      "maxTokens",
      "maxCompletionTokens",
      "seed",
      "stop",
      "presencePenalty",
      "frequencyPenalty",
    ]);
    expect(Object.keys(modelParameterApiNames)).toEqual(modelParameterNames);
  });

  it("reads the snake_case spellings that differ as aliases of their camelCase twin", () => {
    expect(modelParameterAliases).toEqual({
      top_p: "topP",
      max_tokens: "maxTokens",
      max_completion_tokens: "maxCompletionTokens",
      presence_penalty: "presencePenalty",
      frequency_penalty: "frequencyPenalty",
    });
  });

  it("knows its own names and no others", () => {
    expect(isModelParameterName("topP")).toBe(true);
    expect(isModelParameterName("top_p")).toBe(false);
    expect(isModelParameterName("toString")).toBe(false);
  });

  it("keeps only the parameters that are set, in reading order", () => {
    const parsed = modelParametersSchema.parse({ stop: "END", temperature: 0.2 });
    expect(parsed.stop).toEqual(["END"]);
    const picked = pickModelParameters({ ...parsed, seed: undefined });
    expect(picked).toEqual({ temperature: 0.2, stop: ["END"] });
    expect(Object.keys(picked)).toEqual(["temperature", "stop"]);
  });
});
