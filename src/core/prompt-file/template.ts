// `{{name}}` templating of prompt messages: list placeholders, fill them from a test row, flag Handlebars syntax.
import type { ChatMessage } from "../chat.js";
import { type Diagnostic, InputError } from "../diagnostics.js";
import { lookupRenderedRow } from "../formats/rendered-rows.js";
import type { PromptSpec, TestCase } from "./prompt-spec.js";

// Only plain placeholders are supported: GitHub's `.prompt.yml` runner substituted `{{name}}` and nothing else.
// `{{else}}` is Handlebars, not a variable (see findUnsupportedSyntax).
const placeholderPattern = /\{\{\s*(?!else\s*\}\})([A-Za-z0-9_.-]+)\s*\}\}/g;

/** Placeholder names in order of first use, each once. */
export function listVariables(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(placeholderPattern)) seen.add(match[1]!);
  return [...seen];
}

export interface TemplateLocation {
  file: string;
  caseId?: string;
  field?: string;
  line?: number;
}

/** Fills every placeholder in one pass (values are never re-expanded). All missing variables are reported together. */
export function renderTemplate(text: string, vars: Record<string, string>, where: TemplateLocation): string {
  const missing = listVariables(text).filter((name) => !Object.hasOwn(vars, name));
  if (missing.length > 0) {
    const subject = where.caseId === undefined ? "the test case" : `test case "${where.caseId}"`;
    throw new InputError(
      missing.map(
        (name): Diagnostic => ({
          file: where.file,
          ...(where.line !== undefined ? { line: where.line } : {}),
          ...(where.field !== undefined ? { field: where.field } : {}),
          message: `${subject} has no value for {{${name}}}`,
        }),
      ),
    );
  }
  return text.replace(placeholderPattern, (_match, name: string) => vars[name]!);
}

export interface UnsupportedToken {
  token: string;
  /** 0-based offset of the token in the text. */
  offset: number;
}

// `{{{x}}}` first so the inner `{{x}}` is not seen on its own; then any other `{{ … }}`.
const mustachePattern = /\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}/g;
// Sigils of Handlebars/Mustache blocks, inverted sections, partials, comments and unescaped output.
const sigilPattern = /^\{\{\s*[#/^>!&]/;
// `{{helper arg}}` / `{{role "system"}}`: a name followed by arguments.
const helperPattern = /^\{\{\s*[A-Za-z_][\w.-]*\s+[^\s}]/;

/**
 * Handlebars/Mustache constructs that we do not evaluate. They must never reach the model verbatim, so the
 * parser reports them. Other `{{…}}` text that is neither a placeholder nor Handlebars (e.g. a JSON example)
 * is left alone.
 */
export function findUnsupportedSyntax(text: string): UnsupportedToken[] {
  const found: UnsupportedToken[] = [];
  for (const match of text.matchAll(mustachePattern)) {
    const token = match[0];
    const inner = token.slice(2, -2).trim();
    const unsupported =
      token.startsWith("{{{") || sigilPattern.test(token) || inner === "else" || helperPattern.test(token);
    if (unsupported) found.push({ token, offset: match.index });
  }
  return found;
}

/** Renders every message of the prompt for one test case. */
export function renderMessages(spec: PromptSpec, testCase: TestCase): ChatMessage[] {
  if (spec.renderer) return lookupRenderedRow(spec, testCase);
  const diagnostics: Diagnostic[] = [];
  const messages = spec.messages.map((message, i): ChatMessage => {
    try {
      const content = renderTemplate(message.content, testCase.vars, {
        file: spec.path,
        caseId: testCase.id,
        field: `messages[${i}].content`,
        ...(message.line !== undefined ? { line: message.line } : {}),
      });
      return { role: message.role, content };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      diagnostics.push(...error.diagnostics);
      return { role: message.role, content: message.content };
    }
  });
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  return messages;
}
