// The parsed, validated form of one prompt file, whatever format it came from.
import type { Diagnostic } from "./diagnostics.js";

export type MessageRole = "system" | "developer" | "user" | "assistant";

export interface PromptMessage {
  role: MessageRole;
  /** Template text with `{{name}}` placeholders. */
  content: string;
  /** 1-based line of the message's `content` in the file. */
  line?: number;
}

export interface ModelParameters {
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  maxCompletionTokens?: number;
  seed?: number;
  stop?: string[];
  presencePenalty?: number;
  frequencyPenalty?: number;
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

export interface PromptSpec {
  /** Repository-relative path of the prompt file. */
  path: string;
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
  /** Variables used by the messages, sorted. */
  variables: string[];
  /** What was accepted but ignored or reinterpreted (unknown keys, nested rows, snake_case). */
  warnings: Diagnostic[];
}
