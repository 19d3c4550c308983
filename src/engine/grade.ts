// Grades one sample: deterministic evaluators inline, LLM judges as engine calls (scheduled, cached, budgeted).

import { mapModelId } from "../core/cost/pricing.js";
import { formatDiagnostic } from "../core/diagnostics.js";
import { evaluateDeterministic, isDeterministic } from "../core/grading/evaluators.js";
import { parseJudgeVerdict } from "../core/grading/judge-verdict.js";
import { evaluateMeasured, type SampleMeasurement } from "../core/grading/measured-evaluators.js";
import { readRowScoring, scoreRow, selectRowEvaluators } from "../core/grading/row-scoring.js";
import { pickModelParameters } from "../core/model-parameters.js";
import { builtinJudgeSources } from "../core/prompt-file/builtin-judges.generated.js";
import { parsePromptFile } from "../core/prompt-file/prompt-file.js";
import type {
  BuiltinJudge,
  EvaluatorSpec,
  JudgeChoice,
  PromptSpec,
} from "../core/prompt-file/prompt-spec.js";
import { listVariables, renderMessages, renderTemplate } from "../core/prompt-file/template.js";
import type { CallTag, Engine } from "./engine-types.js";
import type { ChatMessage, ChatRequest, ChatResponseFormat } from "./model.js";

export interface GradeContext {
  engine: Engine;
  /** Repository-relative path of the prompt file under review. */
  file: string;
  caseId: string;
  /** The test row's variables. */
  vars: Record<string, string>;
  /** Provider model id (already mapped) of the judges, unless a custom judge names its own `modelId`. */
  judgeModel: string;
  sample: number;
  /** Label of the sample's own call; judge calls are labelled `<label> judge <evaluator>`. */
  label: string;
  /** The sample call's trace tag; a judge's call carries it with its evaluator's name. */
  tag?: CallTag;
  /** What the model was asked (the rendered last user message): the judges' `input` when the row has none. */
  prompt?: string;
  /** What the sample's own call measured, for `cost` and `latency` evaluators. */
  measured?: SampleMeasurement;
}

export interface EvaluatorResult {
  evaluator: string;
  invariant: boolean;
  pass: boolean;
  reason: string;
  /** Set when the evaluator could not grade the sample (judge call failed, unreadable verdict, bad input). */
  error?: string;
  /** Cost of the judge call; null when its price is unknown; absent for deterministic evaluators. */
  costUsd?: number | null;
}

export interface SampleGrade {
  pass: boolean;
  /** For a row that weighs its evaluators: the weighted share that passed (1 with none). */
  score?: number;
  results: EvaluatorResult[];
  /** The first evaluator error, prefixed with the evaluator's name. */
  error?: string;
}

/** Default pass threshold of the built-in judges' 1–5 score. */
export const DEFAULT_PASS_SCORE = 4;

/** Longest judge reasoning quoted in a reason. */
const REASONING_CHARS = 160;

type JudgeEvaluator = Extract<EvaluatorSpec, { kind: "llm" } | { kind: "builtin" }>;

/**
 * A sample passes when every evaluator that grades its row passes, or, for a row with a promptfoo threshold,
 * when its weighted score reaches it (see core/grading/row-scoring.ts). A sample with no evaluators passes: its call
 * succeeded, and that is all the file asks of it. An evaluator that cannot grade (failed or unreadable judge,
 * missing variable) is an error and never a pass.
 */
export async function gradeSample(
  evaluators: EvaluatorSpec[],
  output: string,
  ctx: GradeContext,
): Promise<SampleGrade> {
  let scoring: ReturnType<typeof readRowScoring>;
  try {
    scoring = readRowScoring(ctx.vars);
  } catch (error) {
    const message = `test case "${ctx.caseId}": ${(error as Error).message}`;
    return { pass: false, results: [], error: message };
  }
  const applied = selectRowEvaluators(evaluators, scoring);
  const results = await Promise.all(applied.map((evaluator) => gradeOne(evaluator, output, ctx)));
  const failed = results.find((r) => r.error !== undefined);
  const { pass, score } = scoreRow(results, scoring);
  const weighted = scoring.weights !== undefined || scoring.threshold !== undefined;
  const grade: SampleGrade = { pass, results, ...(weighted ? { score } : {}) };
  if (failed) grade.error = `${failed.evaluator}: ${failed.error}`;
  return grade;
}

async function gradeOne(
  evaluator: EvaluatorSpec,
  output: string,
  ctx: GradeContext,
): Promise<EvaluatorResult> {
  const base = { evaluator: evaluator.name, invariant: evaluator.invariant };
  try {
    if (isDeterministic(evaluator)) {
      return {
        ...base,
        ...evaluateDeterministic(evaluator, output, ctx.vars, { file: ctx.file, caseId: ctx.caseId }),
      };
    }
    if (evaluator.kind === "cost" || evaluator.kind === "latency")
      return { ...base, ...evaluateMeasured(evaluator, ctx.measured) };
    return { ...base, ...(await gradeWithJudge(evaluator, output, ctx)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, pass: false, reason: `${evaluator.name} — could not grade`, error: message };
  }
}

type JudgeResult = Omit<EvaluatorResult, "evaluator" | "invariant">;

async function gradeWithJudge(
  evaluator: JudgeEvaluator,
  output: string,
  ctx: GradeContext,
): Promise<JudgeResult> {
  // The sample's output wins over a row variable of the same name: the judge grades what the model said.
  // GitHub's files rarely have an `input` column; the question the model answered is what a judge needs.
  const input = ctx.vars.input ?? ctx.prompt;
  const vars = { ...ctx.vars, ...(input !== undefined ? { input } : {}), output, completion: output };
  const request =
    evaluator.kind === "builtin"
      ? buildBuiltinRequest(evaluator, vars, ctx)
      : buildLlmRequest(evaluator, vars, ctx);
  const choices = evaluator.kind === "llm" ? evaluator.choices : undefined;
  const outcome = await ctx.engine.call({
    label: `${ctx.label} judge ${evaluator.name}`,
    request,
    sample: ctx.sample,
    ...(ctx.tag ? { tag: { ...ctx.tag, evaluator: evaluator.name } } : {}),
    validate: (text) => {
      const verdict = parseJudgeVerdict(text, choices);
      return verdict.ok ? undefined : verdict.error;
    },
  });
  if (!outcome.ok && outcome.kind === "invalid_answer") {
    const error = outcome.error.slice(outcome.error.indexOf(": ") + 2);
    return { pass: false, reason: `${evaluator.name} — unreadable verdict`, error };
  }
  if (!outcome.ok) {
    return {
      pass: false,
      reason: `${evaluator.name} — judge call failed`,
      error: `judge call failed (${outcome.kind}): ${outcome.error}`,
    };
  }
  const costUsd = outcome.costUsd;
  const verdict = parseJudgeVerdict(outcome.response.text, choices);
  if (!verdict.ok)
    return { pass: false, reason: `${evaluator.name} — unreadable verdict`, error: verdict.error, costUsd };
  const passScore =
    evaluator.passScore ?? (choices ? Math.max(...choices.map((c) => c.score)) : DEFAULT_PASS_SCORE);
  const pass = verdict.score >= passScore;
  const scored =
    verdict.choice === undefined
      ? `${verdict.score}/5`
      : `${JSON.stringify(verdict.choice)} (score ${verdict.score})`;
  const because = verdict.reasoning ? ` — ${clip(verdict.reasoning)}` : "";
  return { pass, reason: `${evaluator.name} ${scored}, needs ${passScore}${because}`, costUsd };
}

const builtinSpecs = new Map<BuiltinJudge, PromptSpec>();

/** The built-in judge's prompt file, parsed once per process from the embedded source. */
export function loadBuiltinJudge(judge: BuiltinJudge): PromptSpec {
  let spec = builtinSpecs.get(judge);
  if (!spec) {
    const source = builtinJudgeSources[judge];
    spec = parsePromptFile(source.path, source.text);
    builtinSpecs.set(judge, spec);
  }
  return spec;
}

function buildBuiltinRequest(
  evaluator: Extract<EvaluatorSpec, { kind: "builtin" }>,
  vars: Record<string, string>,
  ctx: GradeContext,
): ChatRequest {
  const spec = loadBuiltinJudge(evaluator.judge);
  requireVariables(spec.variables, vars, evaluator, ctx);
  const messages = renderMessages(spec, { id: ctx.caseId, index: 0, vars });
  // A judge answers at temperature 0 whatever its file says; its length limits and seed are kept.
  const { maxTokens, maxCompletionTokens, seed } = spec.modelParameters;
  const request: ChatRequest = {
    model: ctx.judgeModel,
    messages,
    temperature: 0,
    ...pickModelParameters({ maxTokens, maxCompletionTokens, seed }),
  };
  const format = buildJudgeResponseFormat(spec.jsonSchema);
  if (format) request.responseFormat = format;
  return request;
}

function buildLlmRequest(
  evaluator: Extract<EvaluatorSpec, { kind: "llm" }>,
  vars: Record<string, string>,
  ctx: GradeContext,
): ChatRequest {
  const texts = [evaluator.systemPrompt ?? "", evaluator.prompt];
  requireVariables(
    texts.flatMap((text) => listVariables(text)),
    vars,
    evaluator,
    ctx,
  );
  const where = { file: ctx.file, caseId: ctx.caseId, line: evaluator.line };
  const messages: ChatMessage[] = [];
  if (evaluator.systemPrompt) {
    const field = `evaluators.${evaluator.name}.llm.systemPrompt`;
    messages.push({
      role: "system",
      content: renderTemplate(evaluator.systemPrompt, vars, { ...where, field }),
    });
  }
  const field = `evaluators.${evaluator.name}.llm.prompt`;
  messages.push({ role: "user", content: renderTemplate(evaluator.prompt, vars, { ...where, field }) });
  const model = evaluator.modelId ? mapModelId(evaluator.modelId) : ctx.judgeModel;
  return { model, messages, temperature: 0, responseFormat: buildChoiceFormat(evaluator.choices) };
}

/** Structured answer of a custom judge: its reasoning first (so it reasons before it decides), then a choice. */
export function buildChoiceFormat(choices: JudgeChoice[]): ChatResponseFormat {
  return {
    type: "json_schema",
    name: "judge_choice",
    strict: true,
    schema: {
      type: "object",
      properties: {
        reasoning: { type: "string" },
        choice: { type: "string", enum: [...new Set(choices.map((c) => c.choice))] },
      },
      required: ["reasoning", "choice"],
      additionalProperties: false,
    },
  };
}

// A judge file's `jsonSchema` is GitHub's `{name, strict, schema}` wrapper, or a bare schema.
function buildJudgeResponseFormat(jsonSchema: unknown): ChatResponseFormat | undefined {
  if (typeof jsonSchema !== "object" || jsonSchema === null) return undefined;
  const raw = jsonSchema as { name?: unknown; strict?: unknown; schema?: unknown };
  if (raw.schema === undefined)
    return { type: "json_schema", name: "judge_verdict", schema: jsonSchema, strict: true };
  return {
    type: "json_schema",
    name: typeof raw.name === "string" ? raw.name : "judge_verdict",
    schema: raw.schema,
    strict: typeof raw.strict === "boolean" ? raw.strict : true,
  };
}

// Named after the prompt under review (not the judge's file): that is where the row is, and what to fix.
function requireVariables(
  needed: string[],
  vars: Record<string, string>,
  evaluator: JudgeEvaluator,
  ctx: GradeContext,
): void {
  const missing = [...new Set(needed)].filter((name) => !Object.hasOwn(vars, name));
  if (missing.length === 0) return;
  const judge = evaluator.kind === "builtin" ? `judge github/${evaluator.judge}` : "judge";
  const list = missing.map((name) => `{{${name}}}`).join(", ");
  throw new Error(
    formatDiagnostic({
      file: ctx.file,
      line: evaluator.line,
      field: `evaluators.${evaluator.name}`,
      message: `test case "${ctx.caseId}" has no value for ${list}, which the ${judge} needs`,
    }),
  );
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > REASONING_CHARS ? `${flat.slice(0, REASONING_CHARS)}…` : flat;
}
