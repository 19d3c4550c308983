// zod schema of a raw `.prompt.yml` file as written: top-level keys, messages, model parameters and aliases.
import { z } from "zod";
import { modelParameterApiNames } from "../model-parameters.js";

export const messageRoles = ["system", "developer", "user", "assistant"] as const;

export const rawMessageSchema = z.looseObject({
  role: z.enum(messageRoles, { error: `must be one of ${messageRoles.join(", ")}` }),
  /** Template text; GitHub's format has no multi-part content. */
  content: z.string({ error: "must be a string (use a YAML block scalar `|` for multi-line text)" }),
});
export type RawMessage = z.infer<typeof rawMessageSchema>;

export const knownMessageKeys = new Set(["role", "content"]);

/**
 * snake_case spellings seen in real files (OpenAI's API names). They are read as their camelCase twin and a
 * warning says so, because GitHub's own runner silently ignored them: the author may not know they never applied.
 */
export const modelParameterAliases: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(modelParameterApiNames)
    .filter(([name, apiName]) => name !== apiName)
    .map(([name, apiName]) => [apiName, name]),
);

/** Top-level snake_case spellings whose meaning is clear; read as the camelCase key, with a warning. */
export const topLevelAliases: Readonly<Record<string, string>> = {
  model_parameters: "modelParameters",
  response_format: "responseFormat",
  json_schema: "jsonSchema",
  test_data: "testData",
  test_data_file: "testDataFile",
};

const dataFileRef = z.string().trim().min(1, { error: "must be a non-empty path" });

export const rawPromptFileSchema = z.looseObject({
  name: z.string().nullish(),
  description: z.string().nullish(),
  model: z.string().min(1).nullish(),
  modelParameters: z.record(z.string(), z.unknown()).nullish(),
  responseFormat: z.enum(["text", "json_object", "json_schema"]).nullish(),
  /** An object, or a JSON string holding one (GitHub's files mostly use `{name, strict, schema}` as a string). */
  jsonSchema: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
  messages: z
    .array(z.unknown(), { error: "is required: a list of {role, content} messages" })
    .min(1, { error: "must list at least one message" }),
  testData: z
    .array(z.unknown(), { error: "must be a list of rows (mappings of variable names to values)" })
    .nullish(),
  /** Our extension: eval rows in a separate file (or files), relative to the prompt file. */
  testDataFile: z
    .union([dataFileRef, z.array(dataFileRef).min(1)], { error: "must be a path or a list of paths" })
    .nullish(),
  evaluators: z.array(z.unknown(), { error: "must be a list of evaluators" }).nullish(),
});
export type RawPromptFile = z.infer<typeof rawPromptFileSchema>;

export const knownTopLevelKeys = new Set(Object.keys(rawPromptFileSchema.shape));
