// The check that a rendered prompt fits its model's context window (from the model catalogue) before it is sent.
import type { ChatRequest } from "../chat.js";
import type { Diagnostic } from "../diagnostics.js";
import { formatInt } from "../format/count.js";
import { builtInCatalogue, type ModelCatalogue } from "./model-catalogue.js";
import { mapModelId } from "./pricing.js";
import { countChatTokens } from "./tokens.js";

/**
 * The context window of a model in tokens, or null when unknown (then it is not checked). The model catalogue is
 * the one source, as for prices: the id is mapped the same way (`openai/gpt-4.1` → `gpt-4.1`), and the catalogue
 * resolves dated snapshots and other vendors' models.
 */
export function contextWindowOf(model: string, catalogue: ModelCatalogue = builtInCatalogue): number | null {
  return catalogue.contextWindowOf(mapModelId(model));
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
export function checkContextWindow(
  calls: RenderedCall[],
  catalogue: ModelCatalogue = builtInCatalogue,
): Diagnostic[] {
  let worst: { call: RenderedCall; tokens: number; window: number; over: number } | undefined;
  let overCount = 0;
  for (const call of calls) {
    const window = contextWindowOf(call.request.model, catalogue);
    if (window === null) continue;
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
  const reserve = reserved > 0 ? ` plus ${formatInt(reserved)} reserved for the answer` : "";
  return [
    {
      file: call.file,
      ...(call.line !== undefined ? { line: call.line } : {}),
      message: `the rendered prompt is ${formatInt(tokens)} tokens${reserve}, over the ${formatInt(window)}-token context window of ${call.request.model}${others}: the provider would reject it, so it is not sent`,
    },
  ];
}
