// Grading a promptfoo row: only its own evaluators, weighted against its threshold; cost and latency per sample.
import { describe, expect, it } from "vitest";
import type { EvaluatorSpec } from "../../src/core/prompt-file/prompt-spec.js";
import { createMemoryCache } from "../../src/engine/cache.js";
import { createEngine } from "../../src/engine/engine.js";
import { type GradeContext, gradeSample } from "../../src/engine/grade.js";
import { createFakeModel } from "../support/fake-model.js";

const engine = createEngine({
  model: createFakeModel(),
  cache: createMemoryCache(),
  cacheMode: "use",
  concurrency: 1,
  maxRetries: 0,
  timeoutMs: 5_000,
  budget: { maxCalls: null, maxCostUsd: null },
  priceOf: () => null,
});

const ctx = (vars: Record<string, string>, measured?: GradeContext["measured"]): GradeContext => ({
  engine,
  file: "promptfooconfig.yaml#0",
  caseId: "c1",
  vars,
  judgeModel: "judge",
  sample: 0,
  label: "promptfooconfig.yaml#0 c1 head",
  ...(measured ? { measured } : {}),
});

const mentionsParis: EvaluatorSpec = {
  kind: "string",
  name: "paris",
  invariant: false,
  operator: "contains",
  value: "Paris",
};
const isJson: EvaluatorSpec = { kind: "json", name: "is-json", invariant: false };
const cost: EvaluatorSpec = { kind: "cost", name: "cost", invariant: false, maxUsd: 0.001 };
const latency: EvaluatorSpec = { kind: "latency", name: "latency", invariant: false, maxMs: 800 };

describe("gradeSample with a row's scoring", () => {
  it("grades only the evaluators the row names, passing on a weighted score at its threshold", async () => {
    const vars = { __asserts: '{"paris":3,"is-json":1}', __threshold: "0.7" };
    const grade = await gradeSample([mentionsParis, isJson, latency], "The capital is Paris.", ctx(vars));
    expect(grade.results.map((r) => [r.evaluator, r.pass])).toEqual([
      ["paris", true],
      ["is-json", false],
    ]);
    expect(grade).toMatchObject({ pass: true, score: 0.75 });
    const stricter = { ...vars, __threshold: "0.8" };
    expect((await gradeSample([mentionsParis, isJson], "Paris", ctx(stricter))).pass).toBe(false);
  });

  it("without a threshold, one failing evaluator of weight > 0 fails the row", async () => {
    const grade = await gradeSample(
      [mentionsParis, isJson],
      "Paris",
      ctx({ __asserts: '{"paris":1,"is-json":1}' }),
    );
    expect(grade).toMatchObject({ pass: false, score: 0.5 });
  });

  it("grades cost and latency from what the sample's call measured", async () => {
    const vars = { __asserts: '{"cost":1,"latency":1}' };
    const cheapFast = await gradeSample(
      [cost, latency],
      "ok",
      ctx(vars, { costUsd: 0.0004, latencyMs: 650 }),
    );
    expect(cheapFast.pass).toBe(true);
    expect(cheapFast.results.map((r) => r.reason)).toEqual([
      "cost $0.0004, at most $0.001",
      "latency 650 ms, at most 800 ms",
    ]);
    const slow = await gradeSample([cost, latency], "ok", ctx(vars, { costUsd: 0.0004, latencyMs: 950 }));
    expect(slow.results.map((r) => r.pass)).toEqual([true, false]);
    expect(slow.pass).toBe(false);
  });

  it("an unknown cost is an error, never a pass", async () => {
    const grade = await gradeSample([cost], "ok", ctx({}, { costUsd: null, latencyMs: 10 }));
    expect(grade.pass).toBe(false);
    expect(grade.error).toMatch(/^cost: the sample's cost is unknown/);
  });

  it("an unmeasured latency (a Batch API answer) is an error, never a 0 ms pass", async () => {
    const grade = await gradeSample([latency], "ok", ctx({}, { costUsd: 0.0004, latencyMs: null }));
    expect(grade.pass).toBe(false);
    expect(grade.results[0]!.reason).toBe("latency — not measured");
    expect(grade.error).toMatch(/^latency: the call's latency is unknown/);
  });

  it("a row variable promptgate did not write is an error naming the case", async () => {
    const grade = await gradeSample([isJson], "{}", ctx({ __asserts: "not json" }));
    expect(grade.pass).toBe(false);
    expect(grade.error).toBe(
      'test case "c1": __asserts must be a JSON object of evaluator names to weights ≥ 0',
    );
  });
});
