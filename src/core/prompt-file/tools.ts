// Function tools: which declared tools can be sent to an OpenAI-compatible model, and grading its tool calls.
import { Ajv, type ValidateFunction } from "ajv";

/** An OpenAI function tool: `{type: "function", function: {name, description?, parameters?}}`. */
interface FunctionTool {
  type: "function";
  function: { name: string; parameters?: unknown };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function isFunctionTool(tool: unknown): tool is FunctionTool {
  return (
    isObject(tool) &&
    tool["type"] === "function" &&
    isObject(tool["function"]) &&
    typeof tool["function"]["name"] === "string"
  );
}

/**
 * The tools to send with each call, or undefined when there are none or some are not OpenAI function tools
 * (Dotprompt lists tool names registered in Genkit code, which promptgate cannot see): then none are sent and
 * answers are reviewed as text, rather than a partial tool list changing what the model can do.
 */
export function listSendableTools(tools: unknown[] | undefined): unknown[] | undefined {
  if (!tools || tools.length === 0 || !tools.every(isFunctionTool)) return undefined;
  return tools;
}

/** Said of declared tools that are not all OpenAI function tools. */
export const notSentWarning =
  "tools are compared in the diff but not sent: only OpenAI function tools ({type: function, function: {name, parameters}}) are, and answers are reviewed as text";

/** A tool call as the OpenAI API returns it; the Model port's text of a tool-calling answer is a JSON list of them. */
export interface ToolCall {
  type: "function";
  function: { name: string; arguments: string };
}

// `strict: false` so tool schemas with keywords ajv does not know still validate what they can.
const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
const compiled = new WeakMap<object, ValidateFunction>();

function compileParameters(parameters: unknown): ValidateFunction | undefined {
  if (!isObject(parameters)) return undefined;
  let validate = compiled.get(parameters);
  if (!validate) {
    validate = ajv.compile(parameters);
    compiled.set(parameters, validate);
  }
  return validate;
}

/** Why one call is not a valid call of the declared tools, or undefined when it is. */
function checkCall(call: unknown, tools: FunctionTool[]): string | undefined {
  const fn = isObject(call) && isObject(call["function"]) ? call["function"] : undefined;
  if (!fn || typeof fn["name"] !== "string") return "not a tool call ({type, function: {name, arguments}})";
  const tool = tools.find((t) => t.function.name === fn["name"]);
  if (!tool) return `calls ${JSON.stringify(fn["name"])}, which is not one of the prompt's tools`;
  let args: unknown;
  try {
    args = typeof fn["arguments"] === "string" ? JSON.parse(fn["arguments"]) : fn["arguments"];
  } catch {
    return `${fn["name"]}: arguments are not valid JSON`;
  }
  let validate: ValidateFunction | undefined;
  try {
    validate = compileParameters(tool.function.parameters);
  } catch (error) {
    return `${fn["name"]}: the tool's parameters are not a valid JSON Schema: ${(error as Error).message}`;
  }
  if (!validate || validate(args)) return undefined;
  const first = validate.errors?.[0];
  return `${fn["name"]}: arguments ${first ? `${first.instancePath || "/"} ${first.message}` : "invalid"}`;
}

/** promptfoo's `is-valid-openai-tools-call`: every call names a declared tool and its arguments fit the schema. */
export function evaluateToolCalls(tools: unknown[], output: string): { pass: boolean; reason: string } {
  const declared = tools.filter(isFunctionTool);
  let calls: unknown;
  try {
    calls = JSON.parse(output);
  } catch {
    return { pass: false, reason: "toolCall — the answer is text, not tool calls" };
  }
  if (!Array.isArray(calls) || calls.length === 0)
    return { pass: false, reason: "toolCall — the answer holds no tool call" };
  for (const call of calls) {
    const problem = checkCall(call, declared);
    if (problem) return { pass: false, reason: `toolCall — ${problem}` };
  }
  return { pass: true, reason: `toolCall — ${calls.length} valid call${calls.length === 1 ? "" : "s"}` };
}
