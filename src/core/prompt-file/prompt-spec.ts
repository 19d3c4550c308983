// The parsed, validated form of one prompt file, whatever format it came from.
import type { Diagnostic } from "../diagnostics.js";
import type { ModelParameters } from "../model-parameters.js";

export type MessageRole = "system" | "developer" | "user" | "assistant";

export interface PromptMessage {
  role: MessageRole;
  /** Template text with `{{name}}` placeholders. */
  content: string;
  /** 1-based line of the message's `content` in the file. */
  line?: number;
}

export type ResponseFormat = "text" | "json_object" | "json_schema";

/** One test row. `vars` holds every key of the row (strings; other scalars stringified, objects as JSON). */
export interface TestCase {
  /** Stable across versions: the row's own `id`/`name` key when present, else a hash of its variables. */
  id: string;
  /** 0-based position in the file's test data. */
  index: number;
  vars: Record<string, string>;
  /** 1-based line of the row in the file (or in the referenced data file). */
  line?: number;
  /** File the row came from, when it came from a referenced data file. */
  source?: string;
  /** The row's values as written (objects and lists kept), for template engines that loop over them. */
  values?: Record<string, unknown>;
}

export type StringOperator = "equals" | "contains" | "startsWith" | "endsWith" | "notContains" | "regex";

export const builtinJudges = ["similarity", "coherence", "fluency", "relevance", "groundedness"] as const;
export type BuiltinJudge = (typeof builtinJudges)[number];

export interface JudgeChoice {
  choice: string;
  score: number;
}

interface EvaluatorBase {
  name: string;
  /** An invariant evaluator fails the gate when it regresses on any case, whatever the statistics say. */
  invariant: boolean;
  line?: number;
}

export type EvaluatorSpec =
  | (EvaluatorBase & { kind: "string"; operator: StringOperator; value: string })
  | (EvaluatorBase & { kind: "json" })
  | (EvaluatorBase & { kind: "jsonSchema"; schema: unknown })
  | (EvaluatorBase & { kind: "maxLength"; value: number })
  /** Edit distance from a reference (templated with the row) of at most `maxDistance` characters. */
  | (EvaluatorBase & { kind: "levenshtein"; value: string; maxDistance: number })
  /** Some JSON object or array appears in the output (validated against `schema` when given). */
  | (EvaluatorBase & { kind: "containsJson"; schema?: unknown })
  /** The sample's own cost in USD (from its usage and price) is at most `maxUsd`; an unknown price cannot pass. */
  | (EvaluatorBase & { kind: "cost"; maxUsd: number })
  /** The sample's call took at most `maxMs` (wall time of the successful attempt, as measured when made). */
  | (EvaluatorBase & { kind: "latency"; maxMs: number })
  /** The output is a list of OpenAI tool calls, each naming one of `tools` with arguments valid for it. */
  | (EvaluatorBase & { kind: "toolCall"; tools: unknown[] })
  | (EvaluatorBase & {
      kind: "llm";
      prompt: string;
      systemPrompt?: string;
      choices: JudgeChoice[];
      modelId?: string;
      /** A sample passes when the judge's score is at least this (default: the highest choice score). */
      passScore?: number;
    })
  | (EvaluatorBase & { kind: "builtin"; judge: BuiltinJudge; passScore?: number });

/** The file formats a prompt can be kept in; each has a loader in `core/formats/`. */
export type PromptFormat = "prompt-yml" | "prompty" | "dotprompt" | "template" | "promptfoo";

/** Messages rendered for one row, or the located problems that stopped it. */
export type RenderedRow = { messages: { role: MessageRole; content: string }[] } | { errors: Diagnostic[] };

/**
 * How a format that is not `{{name}}`-per-message turns a row into messages. Jinja2 and Handlebars can loop,
 * branch and emit role markers, so the messages exist only after rendering: the loader renders every row the
 * review may need (both versions' rows) ahead of planning, and `renderMessages` looks the result up.
 */
export interface PromptRenderer {
  engine: "jinja2" | "dotprompt";
  /** The whole template (a Prompty body, a plain template file, a Dotprompt file). */
  template: string;
  /** 1-based line of the template's first line in `file`, to locate render errors. */
  line: number;
  /** The file the template is in (a plain template entry's template, not the config). */
  file: string;
  /** One message of this role; undefined: role marker lines (`system:`, `{{role "user"}}`) split it. */
  role?: MessageRole;
  /** Chat prompts (promptfoo): each message's content is its own template; `template` is then unused. */
  messages?: { role: MessageRole; content: string }[];
  /** Values used when a row does not give one (Prompty `inputs` defaults, Picoschema defaults). */
  defaults?: Record<string, unknown>;
  /** Dotprompt partials by name (from `_name.prompt` files beside the prompt). */
  partials?: Record<string, string>;
  /** Rendered rows keyed by `renderKey(vars)`; filled by `renderRows` before planning. */
  rows: Record<string, RenderedRow>;
}

export interface PromptSpec {
  /** Repository-relative path of the prompt file. */
  path: string;
  /** The file's format; undefined means `.prompt.yml`. */
  format?: PromptFormat;
  name?: string;
  description?: string;
  /** As written in the file, e.g. `openai/gpt-4o-mini`; undefined → config `model`. */
  model?: string;
  modelParameters: ModelParameters;
  responseFormat: ResponseFormat;
  jsonSchema?: unknown;
  messages: PromptMessage[];
  testData: TestCase[];
  evaluators: EvaluatorSpec[];
  /** Repository-relative paths of external eval-data files the prompt references (`testDataFile`). */
  dataFiles: string[];
  /** Tools the prompt declares; sent to the model when they are OpenAI function tools (see core/tools.ts). */
  tools?: unknown[];
  /** Set for formats whose messages come from rendering a whole template; see PromptRenderer. */
  renderer?: PromptRenderer;
  /** Other files the prompt uses (partials, sidecar datasets, tool files): a change to one changes the prompt. */
  dependencies?: string[];
  /** Variables used by the messages, sorted. */
  variables: string[];
  /** What was accepted but ignored or reinterpreted (unknown keys, nested rows, snake_case). */
  warnings: Diagnostic[];
}
