// Splits a rendered Prompty body into messages at its role lines (`system:`, `# user:`), keeping each line number.
import type { MessageRole, PromptMessage } from "../prompt-file/prompt-spec.js";

// Prompty's own rule: a line holding only a role name and a colon, optionally after `#` (Markdown heading style).
const roleLine = /^\s*#?\s*(system|user|assistant|developer)\s*:\s*$/i;

/**
 * Messages in order. Text before the first role line is a system message (Prompty's default); each message's
 * content is trimmed and `line` is the 1-based line, in the file, of the text after its role line.
 */
export function splitRoleMarkers(text: string, firstLine: number): PromptMessage[] {
  const messages: PromptMessage[] = [];
  let current: { role: MessageRole; lines: string[]; line: number } = {
    role: "system",
    lines: [],
    line: firstLine,
  };
  const flush = () => {
    const content = current.lines.join("\n").trim();
    if (content !== "") {
      const leading = current.lines.findIndex((l) => l.trim() !== "");
      messages.push({ role: current.role, content, line: current.line + Math.max(leading, 0) });
    }
  };
  text.split(/\r?\n/).forEach((line, i) => {
    const marker = roleLine.exec(line);
    if (!marker) {
      current.lines.push(line);
      return;
    }
    flush();
    current = { role: marker[1]!.toLowerCase() as MessageRole, lines: [], line: firstLine + i + 1 };
  });
  flush();
  return messages;
}

/** True when the text has at least one role line. */
export function hasRoleMarkers(text: string): boolean {
  return text.split(/\r?\n/).some((line) => roleLine.test(line));
}
