// The chat domain types: messages, a request for one completion, and the tokens it used. Core, engine and
// adapters all speak them; the Model port (src/engine/model.ts) re-exports them.
import type { ModelParameters } from "./model-parameters.js";

export interface ChatMessage {
  role: "system" | "developer" | "user" | "assistant";
  content: string;
}

export type ChatResponseFormat =
  | { type: "text" }
  | { type: "json_object" }
  | { type: "json_schema"; name: string; schema: unknown; strict?: boolean };

/** One completion to ask for: the model, the messages and the prompt's model parameters (model-parameters.ts). */
export interface ChatRequest extends ModelParameters {
  /** Provider model id, already mapped (`openai/gpt-4o-mini` → `gpt-4o-mini`). */
  model: string;
  messages: ChatMessage[];
  responseFormat?: ChatResponseFormat;
  /** OpenAI function tools the model may call; an answer that calls them has the calls as its text (JSON). */
  tools?: unknown[];
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** Input tokens the provider served from its prompt cache (part of `inputTokens`). */
  cachedInputTokens: number;
}
