import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-Y3POZETH.js";
import "./chunk-4LD44RND.js";
import {
  __toESM
} from "./chunk-IEJME6RR.js";

// src/core/formats/dotprompt-render.ts
var import_dotprompt = __toESM(require_dist(), 1);
function toRole(role) {
  if (role === "model") return "assistant";
  if (role === "system" || role === "user") return role;
  return "user";
}
function partText(part) {
  if ("text" in part && typeof part.text === "string") return part.text;
  if ("media" in part && part.media) return `[media: ${part.media.url}]`;
  return "";
}
async function renderDotpromptRow(renderer, context) {
  const dotprompt = new import_dotprompt.Dotprompt({ partials: renderer.partials ?? {} });
  try {
    const rendered = await dotprompt.render(renderer.template, { input: context });
    const messages = rendered.messages.map((m) => ({ role: toRole(m.role), content: m.content.map(partText).join("").trim() })).filter((m) => m.content !== "");
    return { messages };
  } catch (error) {
    const message = `Handlebars: ${error.message.replace(/\s+/g, " ").trim()}`;
    return { errors: [{ file: renderer.file, line: renderer.line, message }] };
  }
}
export {
  renderDotpromptRow
};
