// The eight sampling parameters a prompt file sets and a chat request sends: declared once, with their checks,
// their reading order and their names in OpenAI's API, so every format, diff and request walks the same list.
import { z } from "zod";

const penalty = z.number().min(-2).max(2);

/** The parameters as a prompt file writes them (camelCase), checked; keys appear in the order a reader expects. */
export const modelParametersSchema = z.strictObject({
  temperature: z.number().min(0).max(2).optional(),
  topP: z.number().min(0).max(1).optional(),
  maxTokens: z.number().int().positive().optional(),
  maxCompletionTokens: z.number().int().positive().optional(),
  seed: z.number().int().optional(),
  /** One stop sequence or a list of them; always a list after parsing. */
  stop: z
    .union([z.string(), z.array(z.string())], { error: "must be a string or a list of strings" })
    .transform((stop) => (typeof stop === "string" ? [stop] : stop))
    .optional(),
  presencePenalty: penalty.optional(),
  frequencyPenalty: penalty.optional(),
});
export type ModelParameters = z.infer<typeof modelParametersSchema>;
export type ModelParameterName = keyof ModelParameters;

/** Each parameter's name in OpenAI's API (snake_case): Prompty writes these, and `.prompt.yml` reads them as aliases. */
export const modelParameterApiNames: Readonly<Record<ModelParameterName, string>> = {
  temperature: "temperature",
  topP: "top_p",
  maxTokens: "max_tokens",
  maxCompletionTokens: "max_completion_tokens",
  seed: "seed",
  stop: "stop",
  presencePenalty: "presence_penalty",
  frequencyPenalty: "frequency_penalty",
};

/** The parameter names in the order a reader expects them. */
export const modelParameterNames = Object.keys(modelParametersSchema.shape) as ModelParameterName[];

/** Whether a key (camelCase) names one of the parameters. */
export function isModelParameterName(key: string): key is ModelParameterName {
  return Object.hasOwn(modelParametersSchema.shape, key);
}

/** The same parameters with only the ones that are set, in reading order: what a request carries. */
export function pickModelParameters(parameters: ModelParameters): ModelParameters {
  const picked: Record<string, unknown> = {};
  for (const name of modelParameterNames) {
    if (parameters[name] !== undefined) picked[name] = parameters[name];
  }
  return picked as ModelParameters;
}
