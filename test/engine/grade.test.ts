// Grading a sample: deterministic evaluators and LLM judges run through a real engine against a fake model.
import { describe, expect, it } from "vitest";
import { createOpenAIModel } from "../../src/adapters/openai-model.js";
import type { EvaluatorSpec } from "../../src/core/prompt-file/prompt-spec.js";
import { createMemoryCache } from "../../src/engine/cache.js";
import { createEngine } from "../../src/engine/engine.js";
import type { Engine } from "../../src/engine/engine-types.js";
import { type GradeContext, gradeSample } from "../../src/engine/grade.js";
import type { ChatRequest } from "../../src/engine/model.js";
import { createFakeModel, type FakeModelOptions } from "../support/fake-model.js";
import { startFakeOpenAIServer } from "../support/fake-openai-server.js";

const FILE = "prompts/support.prompt.yml";

function setup(options: FakeModelOptions = {}) {
  const model = createFakeModel(options);
  const engine = createEngine({
    model,
    cache: createMemoryCache(),
    cacheMode: "use",
    concurrency: 4,
    maxRetries: 0,
    timeoutMs: 5_000,
    budget: { maxCalls: null, maxCostUsd: null },
    priceOf: (id) => (id === "judge-model" ? { input: 1, output: 2 } : null),
  });
  return { model, engine };
}

function context(engine: Engine, vars: Record<string, string>, sample = 0): GradeContext {
  return {
    engine,
    file: FILE,
    caseId: "refund-1",
    vars,
    judgeModel: "judge-model",
    sample,
    label: `${FILE}#refund-1 head`,
  };
}

const similarity: EvaluatorSpec = {
  kind: "builtin",
  name: "similar",
  invariant: false,
  judge: "similarity",
  line: 20,
};
const fluency: EvaluatorSpec = { kind: "builtin", name: "fluent", invariant: false, judge: "fluency" };
const mentionsRefund: EvaluatorSpec = {
  kind: "string",
  name: "refund",
  invariant: true,
  operator: "contains",
  value: "refund",
};
const row = { input: "How long do refunds take?", expected: "Five to seven business days." };
const OUTPUT = "Your refund arrives in 5-7 business days.";

const userText = (request: ChatRequest) =>
  request.messages
    .filter((m) => m.role === "user")
    .map((m) => m.content)
    .join("\n");

describe("deterministic evaluators", () => {
  it("a sample passes only when every evaluator passes", async () => {
    const { engine, model } = setup();
    const short: EvaluatorSpec = { kind: "maxLength", name: "short", invariant: false, value: 10 };
    const grade = await gradeSample([mentionsRefund, short], OUTPUT, context(engine, row));
    expect(grade.pass).toBe(false);
    expect(grade.results.map((r) => [r.evaluator, r.invariant, r.pass])).toEqual([
      ["refund", true, true],
      ["short", false, false],
    ]);
    expect(grade.error).toBeUndefined();
    expect(model.calls).toHaveLength(0);
  });

  it("a sample with no evaluators passes", async () => {
    const { engine } = setup();
    expect(await gradeSample([], OUTPUT, context(engine, row))).toEqual({ pass: true, results: [] });
  });

  it("an evaluator that cannot be evaluated is an error, not a pass", async () => {
    const { engine } = setup();
    const templated: EvaluatorSpec = {
      kind: "string",
      name: "exp",
      invariant: false,
      operator: "contains",
      value: "{{answer}}",
    };
    const grade = await gradeSample([templated], OUTPUT, context(engine, row));
    expect(grade.pass).toBe(false);
    expect(grade.error).toMatch(/^exp: .*support\.prompt\.yml.*"refund-1".*\{\{answer\}\}/);
  });
});

describe("built-in judges", () => {
  it("sends a structured, temperature-0 request through the engine and passes a high score", async () => {
    const { engine, model } = setup({
      answer: () => '{"reasoning": "Same facts in other words.", "score": 5}',
    });
    const grade = await gradeSample([similarity], OUTPUT, context(engine, row));
    expect(grade.pass).toBe(true);
    expect(grade.results[0]).toMatchObject({ evaluator: "similar", pass: true });
    expect(grade.results[0]!.reason).toBe("similar 5/5, needs 4 — Same facts in other words.");
    expect(grade.results[0]!.costUsd).toBeGreaterThan(0);

    const request = model.calls[0]!;
    expect(request.model).toBe("judge-model");
    expect(request.temperature).toBe(0);
    expect(request.responseFormat).toMatchObject({ type: "json_schema", strict: true });
    const format = request.responseFormat as { schema: { required: string[] } };
    expect(format.schema.required).toEqual(["reasoning", "score"]);
    expect(request.messages[0]!.role).toBe("system");
    expect(userText(request)).toContain(row.input);
    expect(userText(request)).toContain(row.expected);
    expect(userText(request)).toContain(OUTPUT);
    expect(engine.stats()).toMatchObject({ total: 1, failed: 0 });
  });

  it("grades the sample's output even when the row has its own `output` variable", async () => {
    const { engine, model } = setup({ answer: () => '{"reasoning": "Fine.", "score": 4}' });
    await gradeSample([fluency], OUTPUT, context(engine, { output: "row text, not the answer" }));
    expect(userText(model.calls[0]!)).toContain(OUTPUT);
    expect(userText(model.calls[0]!)).not.toContain("row text");
  });

  it("fails below the pass score, which passScore overrides", async () => {
    const { engine } = setup({ answer: () => '{"reasoning": "Half of it.", "score": 3}' });
    const strict = await gradeSample([similarity], OUTPUT, context(engine, row));
    expect(strict.pass).toBe(false);
    expect(strict.error).toBeUndefined();
    expect(strict.results[0]!.reason).toMatch(/^similar 3\/5, needs 4/);
    const lenient = await gradeSample([{ ...similarity, passScore: 3 }], OUTPUT, context(engine, row));
    expect(lenient.pass).toBe(true);
  });

  it("an unparseable verdict is an error, never a pass", async () => {
    const { engine } = setup({ answer: () => "Looks good to me, 5 out of 5!" });
    const grade = await gradeSample([similarity], OUTPUT, context(engine, row));
    expect(grade.pass).toBe(false);
    expect(grade.results[0]!.error).toMatch(/^judge answer is not valid JSON/);
    expect(grade.error).toMatch(/^similar: judge answer is not valid JSON/);
  });

  it("a failed judge call is an error and counted as failed by the engine", async () => {
    const { engine } = setup({ fail: () => ({ kind: "auth", status: 401, message: "bad key" }) });
    const grade = await gradeSample([mentionsRefund, similarity], OUTPUT, context(engine, row));
    expect(grade.pass).toBe(false);
    expect(grade.results[0]!.pass).toBe(true);
    expect(grade.results[1]!.error).toMatch(/^judge call failed \(auth\)/);
    expect(engine.stats()).toMatchObject({ total: 1, failed: 1 });
  });

  it("a variable the judge needs but the row lacks is an error naming file, case and variable", async () => {
    const { engine, model } = setup();
    const grade = await gradeSample([similarity], OUTPUT, context(engine, { input: "q" }));
    expect(grade.pass).toBe(false);
    expect(grade.results[0]!.error).toBe(
      'prompts/support.prompt.yml:20: evaluators.similar: test case "refund-1" has no value for {{expected}}, which the judge github/similarity needs',
    );
    expect(model.calls).toHaveLength(0);
  });

  it("judge calls use the response cache and the sample index, like the prompt's own calls", async () => {
    const { engine, model } = setup({ answer: () => '{"reasoning": "ok", "score": 5}' });
    await gradeSample([similarity], OUTPUT, context(engine, row, 0));
    await gradeSample([similarity], OUTPUT, context(engine, row, 0));
    await gradeSample([similarity], OUTPUT, context(engine, row, 1));
    expect(engine.stats()).toMatchObject({ total: 3, cached: 1 });
    expect(model.calls).toHaveLength(2);
  });
});

describe("custom llm judges", () => {
  const tone: EvaluatorSpec = {
    kind: "llm",
    name: "tone",
    invariant: false,
    systemPrompt: "You check the tone of support answers.",
    prompt: "Question: {{input}}\nAnswer: {{completion}}\nIs the answer polite? Reply good or bad.",
    choices: [
      { choice: "good", score: 1 },
      { choice: "bad", score: 0 },
    ],
    modelId: "openai/gpt-4o",
  };

  it("asks for one of the choices via a json_schema enum and maps the choice to a score", async () => {
    const { engine, model } = setup({ answer: () => '{"reasoning": "Courteous.", "choice": "good"}' });
    const grade = await gradeSample([tone], OUTPUT, context(engine, row));
    expect(grade.pass).toBe(true);
    expect(grade.results[0]!.reason).toBe('tone "good" (score 1), needs 1 — Courteous.');
    const request = model.calls[0]!;
    expect(request.model).toBe("gpt-4o");
    expect(request.temperature).toBe(0);
    expect(request.messages).toEqual([
      { role: "system", content: "You check the tone of support answers." },
      {
        role: "user",
        content: `Question: ${row.input}\nAnswer: ${OUTPUT}\nIs the answer polite? Reply good or bad.`,
      },
    ]);
    expect(request.responseFormat).toMatchObject({
      type: "json_schema",
      strict: true,
      schema: { properties: { choice: { type: "string", enum: ["good", "bad"] } } },
    });
  });

  it("fails on the low choice and errors on an answer that only contains a choice", async () => {
    const bad = setup({ answer: () => '{"reasoning": "Rude.", "choice": "bad"}' });
    const failed = await gradeSample([tone], OUTPUT, context(bad.engine, row));
    expect(failed.pass).toBe(false);
    expect(failed.error).toBeUndefined();

    const vague = setup({ answer: () => "not good" });
    const errored = await gradeSample([tone], OUTPUT, context(vague.engine, row));
    expect(errored.pass).toBe(false);
    expect(errored.error).toMatch(/^tone: judge answer is not valid JSON/);
  });

  it("uses the context's judge model when the judge names none", async () => {
    const { engine, model } = setup({ answer: () => "good" });
    const { modelId: _unused, ...withoutModel } = tone as Extract<EvaluatorSpec, { kind: "llm" }>;
    const grade = await gradeSample([withoutModel], OUTPUT, context(engine, row));
    expect(grade.pass).toBe(true);
    expect(model.calls[0]!.model).toBe("judge-model");
  });
});

describe("over the wire", () => {
  it("the provider receives response_format json_schema and temperature 0 for a judge call", async () => {
    const server = await startFakeOpenAIServer({ respond: () => '{"reasoning": "Clear.", "score": 4}' });
    try {
      const engine = createEngine({
        model: createOpenAIModel({ baseURL: server.url, apiKey: "test-key" }),
        cache: createMemoryCache(),
        cacheMode: "off",
        concurrency: 2,
        maxRetries: 0,
        timeoutMs: 5_000,
        budget: { maxCalls: null, maxCostUsd: null },
        priceOf: () => null,
      });
      const grade = await gradeSample([fluency], OUTPUT, context(engine, row));
      expect(grade).toMatchObject({
        pass: true,
        results: [{ evaluator: "fluent", pass: true, costUsd: null }],
      });
      const body = server.requests[0]!;
      expect(body.model).toBe("judge-model");
      expect(body.temperature).toBe(0);
      expect(body.response_format?.type).toBe("json_schema");
      expect(body.response_format?.json_schema).toMatchObject({ name: "judge_verdict", strict: true });
      expect(engine.stats()).toMatchObject({ total: 1, cached: 0, failed: 0, unpricedCalls: 1 });
    } finally {
      await server.close();
    }
  });
});
