// Context windows of the models promptgate knows, and the check that a rendered prompt fits before it is sent.
import type { ChatRequest } from "../engine/model.js";
import type { Diagnostic } from "./diagnostics.js";
import { mapModelId } from "./pricing.js";
import { countChatTokens } from "./tokens.js";

/**
 * Tokens of input plus output a call may use, from OpenAI's model pages (read 2025-08-07, with the price table).
 * Keys are model families; dated snapshots resolve to them. A model not listed is not checked.
 */
const contextWindows: Readonly<Record<string, number>> = {
  "gpt-5": 400_000,
  "gpt-5-mini": 400_000,
  "gpt-5-nano": 400_000,
  "gpt-5-chat-latest": 128_000,
  "gpt-4.1": 1_047_576,
  "gpt-4.1-mini": 1_047_576,
  "gpt-4.1-nano": 1_047_576,
  "gpt-4o": 128_000,
  "gpt-4o-mini": 128_000,
  "chatgpt-4o-latest": 128_000,
  o1: 200_000,
  "o1-mini": 128_000,
  o3: 200_000,
  "o3-mini": 200_000,
  "o4-mini": 200_000,
  "gpt-4-turbo": 128_000,
  "gpt-4": 8_192,
  "gpt-3.5-turbo": 16_385,
};

const snapshotSuffix = /^-(?:\d{4}-\d{2}-\d{2}|\d{4})$/;

/**
 * The context window of a model in tokens, or undefined when unknown. The one lookup the review uses, so the
 * table can be replaced by a model catalogue without touching the check.
 */
export function contextWindowOf(model: string): number | undefined {
  const id = mapModelId(model).toLowerCase();
  if (Object.hasOwn(contextWindows, id)) return contextWindows[id];
  // `gpt-4o-2024-08-06` → `gpt-4o`; only a date may follow the family, so `gpt-4o-mini-…` never reads as gpt-4o.
  const family = Object.keys(contextWindows)
    .filter((key) => id.startsWith(key) && snapshotSuffix.test(id.slice(key.length)))
    .sort((a, b) => b.length - a.length)[0];
  return family === undefined ? undefined : contextWindows[family];
}

export interface RenderedCall {
  request: ChatRequest;
  /** Where the call's row was written, for the message. */
  file: string;
  line?: number;
}

/**
 * One located error per version whose largest rendered call (prompt tokens plus the output it reserves with
 * `maxTokens`/`maxCompletionTokens`) exceeds its model's window; the provider would reject every such call.
 */
export function checkContextWindow(calls: RenderedCall[]): Diagnostic[] {
  let worst: { call: RenderedCall; tokens: number; window: number; over: number } | undefined;
  let overCount = 0;
  for (const call of calls) {
    const window = contextWindowOf(call.request.model);
    if (window === undefined) continue;
    const reserved = call.request.maxCompletionTokens ?? call.request.maxTokens ?? 0;
    // A token is at least one UTF-8 byte (at most 3 per UTF-16 unit): a prompt that short cannot overflow.
    const bytes = call.request.messages.reduce(
      (sum, m) => sum + 3 * (m.content.length + m.role.length) + 3,
      3,
    );
    if (bytes + reserved <= window) continue;
    const tokens = countChatTokens(call.request.messages, call.request.model);
    if (tokens + reserved <= window) continue;
    overCount++;
    if (!worst || tokens + reserved - window > worst.over) {
      worst = { call, tokens, window, over: tokens + reserved - window };
    }
  }
  if (!worst) return [];
  const { call, tokens, window } = worst;
  const reserved = call.request.maxCompletionTokens ?? call.request.maxTokens ?? 0;
  const others = overCount > 1 ? ` (${overCount} rendered calls are over; this is the largest)` : "";
  const reserve = reserved > 0 ? ` plus ${reserved.toLocaleString("en-US")} reserved for the answer` : "";
  return [
    {
      file: call.file,
      ...(call.line !== undefined ? { line: call.line } : {}),
      message: `the rendered prompt is ${tokens.toLocaleString("en-US")} tokens${reserve}, over the ${window.toLocaleString("en-US")}-token context window of ${call.request.model}${others}: the provider would reject it, so it is not sent`,
    },
  ];
}
