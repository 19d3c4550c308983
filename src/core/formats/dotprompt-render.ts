// Renders one row of a Dotprompt file with Google's `dotprompt` package; loaded only when a repository has one.
import { Dotprompt, type Message, type Part } from "dotprompt";
import type { MessageRole, PromptRenderer, RenderedRow } from "../prompt-file/prompt-spec.js";

/** Dotprompt's roles as chat roles: `model` is the assistant; tool turns have no text counterpart. */
function toRole(role: string): MessageRole {
  if (role === "model") return "assistant";
  if (role === "system" || role === "user") return role;
  return "user";
}

// A `{{media}}` part is kept as a reference: promptgate never fetches what a prompt points at.
function partText(part: Part): string {
  if ("text" in part && typeof part.text === "string") return part.text;
  if ("media" in part && part.media) return `[media: ${part.media.url}]`;
  return "";
}

export async function renderDotpromptRow(
  renderer: PromptRenderer,
  context: Record<string, unknown>,
): Promise<RenderedRow> {
  const dotprompt = new Dotprompt({ partials: renderer.partials ?? {} });
  try {
    const rendered = await dotprompt.render(renderer.template, { input: context });
    const messages = rendered.messages
      .map((m: Message) => ({ role: toRole(m.role), content: m.content.map(partText).join("").trim() }))
      .filter((m) => m.content !== "");
    return { messages };
  } catch (error) {
    const message = `Handlebars: ${(error as Error).message.replace(/\s+/g, " ").trim()}`;
    return { errors: [{ file: renderer.file, line: renderer.line, message }] };
  }
}
