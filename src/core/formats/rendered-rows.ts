// Rows of a whole-template prompt (Jinja2, Dotprompt), rendered ahead of planning and looked up when planned.
import { type Diagnostic, InputError } from "../diagnostics.js";
import type {
  PromptMessage,
  PromptRenderer,
  PromptSpec,
  RenderedRow,
  TestCase,
} from "../prompt-file/prompt-spec.js";
import { JinjaRenderError, loadJinja } from "./jinja.js";
import { splitRoleMarkers } from "./role-markers.js";

/** The key of a row's variables: the same row renders the same messages. */
export function renderKey(vars: Record<string, string>): string {
  return JSON.stringify(Object.entries(vars).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The messages of one row; throws the row's located problems as an InputError. */
export function lookupRenderedRow(
  spec: PromptSpec,
  testCase: TestCase,
): { role: PromptMessage["role"]; content: string }[] {
  const row = spec.renderer?.rows[renderKey(testCase.vars)];
  // renderRows runs for every row of both versions before planning, so a miss is a bug, not bad input.
  if (!row) throw new Error(`${spec.path}: test case "${testCase.id}" was not rendered before planning`);
  if ("errors" in row) throw new InputError(row.errors);
  return row.messages;
}

/** What a template sees for one row: defaults, then the row's text values, then its values as written. */
export function buildRowContext(renderer: PromptRenderer, testCase: TestCase): Record<string, unknown> {
  return { ...(renderer.defaults ?? {}), ...testCase.vars, ...(testCase.values ?? {}) };
}

/** Renders the rows not rendered yet; each row's problems are kept with it, located, for the planner. */
export async function renderRows(spec: PromptSpec, cases: readonly TestCase[]): Promise<void> {
  const renderer = spec.renderer;
  if (!renderer) return;
  const pending = cases.filter((c) => !(renderKey(c.vars) in renderer.rows));
  for (const testCase of pending) {
    renderer.rows[renderKey(testCase.vars)] = await renderRow(renderer, testCase);
  }
}

async function renderRow(renderer: PromptRenderer, testCase: TestCase): Promise<RenderedRow> {
  const context = buildRowContext(renderer, testCase);
  const tag = (d: Diagnostic): Diagnostic => ({ ...d, message: `${d.message} (test case "${testCase.id}")` });
  if (renderer.engine === "dotprompt") {
    const { renderDotpromptRow } = await import("./dotprompt-render.js");
    const row = await renderDotpromptRow(renderer, context);
    return "errors" in row ? { errors: row.errors.map(tag) } : row;
  }
  const jinja = await loadJinja();
  const where = { file: renderer.file, line: renderer.line };
  try {
    if (renderer.messages) {
      const messages = renderer.messages.map((m) => ({
        role: m.role,
        content: jinja.render(m.content, context, where).trim(),
      }));
      return { messages };
    }
    const text = jinja.render(renderer.template, context, where);
    if (renderer.role) return { messages: [{ role: renderer.role, content: text.trim() }] };
    return {
      messages: splitRoleMarkers(text, renderer.line).map(({ role, content }) => ({ role, content })),
    };
  } catch (error) {
    if (error instanceof JinjaRenderError) return { errors: [tag(error.diagnostic)] };
    return { errors: [tag({ ...where, message: `Jinja2: ${(error as Error).message}` })] };
  }
}
