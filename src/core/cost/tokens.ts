// Token counts with OpenAI's own BPE encodings, for the static cost estimate made before any call; for other
// vendors' models the count is an estimate, and says so.
import { countTokens as countCl100k } from "gpt-tokenizer/encoding/cl100k_base";
import { countTokens as countO200k } from "gpt-tokenizer/encoding/o200k_base";
import type { ChatMessage } from "../chat.js";
import { builtInCatalogue, type ModelCatalogue } from "./model-catalogue.js";
import { mapModelId } from "./pricing.js";

export type EncodingName = "o200k_base" | "cl100k_base";

/**
 * cl100k_base for the GPT-4 (not 4o/4.1) and GPT-3.5 generations; o200k_base for gpt-4o*, gpt-4.1*, gpt-5*,
 * o1/o3/o4* and for any model we do not know: new OpenAI models use o200k, and for other vendors' models
 * either encoding is only an approximation of their own tokenizer.
 */
export function encodingFor(model: string): EncodingName {
  const id = mapModelId(model).toLowerCase();
  if (id === "gpt-4" || id.startsWith("gpt-4-") || id.startsWith("gpt-3.5") || id.startsWith("gpt-35")) {
    return "cl100k_base";
  }
  return "o200k_base";
}

/** How a model's tokens are counted: `estimate` when the model is not OpenAI's, so the encoding is not its own. */
export interface TokenizerUse {
  encoding: EncodingName;
  estimate: boolean;
}

/** OpenAI's own families, recognised even when the catalogue does not list a new one yet. */
const openAiFamily = /^(gpt-|chatgpt-|o\d)/;

export function describeTokenizer(model: string, catalogue: ModelCatalogue = builtInCatalogue): TokenizerUse {
  const id = mapModelId(model).toLowerCase();
  const vendor = catalogue.vendorOf(id);
  const own = vendor === "openai" || (vendor === null && openAiFamily.test(id));
  return { encoding: encodingFor(model), estimate: !own };
}

/** Tokens of plain text; special-token text (`<|endoftext|>`) in a prompt counts as ordinary text, as the API does. */
export function countTextTokens(text: string, model: string): number {
  if (text === "") return 0;
  const count = encodingFor(model) === "cl100k_base" ? countCl100k : countO200k;
  return count(text, { allowedSpecial: new Set(), disallowedSpecial: new Set() });
}

/** Every message is wrapped as `<|start|>{role}<|message|>{content}<|end|>`: 3 tokens besides role and content. */
const tokensPerMessage = 3;
/** Every reply is primed with `<|start|>assistant<|message|>`. */
const replyPrimingTokens = 3;

/** Prompt tokens of a chat request, by the formula in OpenAI's cookbook ("How to count tokens with tiktoken"). */
export function countChatTokens(messages: ChatMessage[], model: string): number {
  let total = replyPrimingTokens;
  for (const message of messages) {
    total +=
      tokensPerMessage + countTextTokens(message.role, model) + countTextTokens(message.content, model);
  }
  return total;
}
