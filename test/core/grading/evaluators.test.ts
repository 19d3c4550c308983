// Deterministic evaluators: GitHub's string operators and our json, jsonSchema, regex and maxLength extensions.
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/core/diagnostics.js";
import {
  type DeterministicEvaluator,
  evaluateDeterministic,
  parseJsonOutput,
  stripCodeFence,
} from "../../../src/core/grading/evaluators.js";
import type { StringOperator } from "../../../src/core/prompt-file/prompt-spec.js";

const where = { file: "prompts/support.prompt.yml", caseId: "refund-1" };

function stringEval(operator: StringOperator, value: string): DeterministicEvaluator {
  return { kind: "string", name: `check-${operator}`, invariant: false, operator, value, line: 12 };
}

function run(evaluator: DeterministicEvaluator, output: string, vars: Record<string, string> = {}) {
  return evaluateDeterministic(evaluator, output, vars, where);
}

describe("string operators", () => {
  it("equals is an exact, case-sensitive match", () => {
    expect(run(stringEval("equals", "Paris"), "Paris").pass).toBe(true);
    expect(run(stringEval("equals", "Paris"), "paris").pass).toBe(false);
    expect(run(stringEval("equals", "Paris"), "Paris.").pass).toBe(false);
    expect(run(stringEval("equals", "Paris"), "Paris.").reason).toBe('equals "Paris" — output is "Paris."');
  });

  it("contains ignores case", () => {
    expect(run(stringEval("contains", "REFUND"), "Your refund is on its way").pass).toBe(true);
    const miss = run(stringEval("contains", "refund"), "We cannot help");
    expect(miss).toEqual({ pass: false, reason: 'contains "refund" — not found' });
  });

  it("startsWith and endsWith ignore case", () => {
    expect(run(stringEval("startsWith", "dear"), "Dear customer, hello").pass).toBe(true);
    expect(run(stringEval("startsWith", "hello"), "Dear customer, hello").pass).toBe(false);
    expect(run(stringEval("endsWith", "REGARDS"), "Kind regards").pass).toBe(true);
    expect(run(stringEval("endsWith", "Kind"), "Kind regards").pass).toBe(false);
  });

  it("notContains ignores case", () => {
    expect(run(stringEval("notContains", "sorry"), "All done!").pass).toBe(true);
    expect(run(stringEval("notContains", "sorry"), "SORRY, no")).toEqual({
      pass: false,
      reason: 'notContains "sorry" — found',
    });
  });

  it("templates values with the row, so {{expected}} works", () => {
    const evaluator = stringEval("contains", "{{expected}}");
    expect(run(evaluator, "The capital is Paris.", { expected: "paris" }).pass).toBe(true);
    expect(run(evaluator, "The capital is Lyon.", { expected: "paris" }).reason).toBe(
      'contains "paris" — not found',
    );
    expect(run(stringEval("equals", "{{expected}}"), "Paris", { expected: "Paris" }).pass).toBe(true);
  });

  it("a value naming a variable the row lacks is a located input error", () => {
    const error = (() => {
      try {
        run(stringEval("contains", "{{expected}}"), "x", { other: "y" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain("prompts/support.prompt.yml:12");
    expect((error as InputError).message).toContain('test case "refund-1"');
    expect((error as InputError).message).toContain("{{expected}}");
  });
});

describe("regex", () => {
  it("accepts a plain pattern (case-sensitive) and the /pattern/flags form", () => {
    expect(run(stringEval("regex", "order #\\d+"), "Your order #4512 shipped").pass).toBe(true);
    expect(run(stringEval("regex", "ORDER #\\d+"), "Your order #4512 shipped").pass).toBe(false);
    expect(run(stringEval("regex", "/ORDER #\\d+/i"), "Your order #4512 shipped").pass).toBe(true);
    expect(run(stringEval("regex", "^\\d+$"), "12a").reason).toBe("regex /^\\d+$/ — no match");
  });

  it("templates the pattern with the row", () => {
    const evaluator = stringEval("regex", '"score"\\s*:\\s*[{{min}}-{{max}}]');
    expect(run(evaluator, '{"score": 4}', { min: "4", max: "5" }).pass).toBe(true);
    expect(run(evaluator, '{"score": 2}', { min: "4", max: "5" }).pass).toBe(false);
  });

  it("an invalid pattern is a located input error", () => {
    expect(() => run(stringEval("regex", "(unclosed"), "x")).toThrow(InputError);
    expect(() => run(stringEval("regex", "(unclosed"), "x")).toThrow(
      /support\.prompt\.yml:12.*invalid regular expression/,
    );
  });
});

describe("json", () => {
  const json: DeterministicEvaluator = { kind: "json", name: "is-json", invariant: true };

  it("accepts strict JSON, surrounded by whitespace", () => {
    expect(run(json, '  {"a": 1}\n')).toEqual({ pass: true, reason: "json — valid" });
    expect(run(json, "[1, 2]").pass).toBe(true);
  });

  it("accepts one code fence that is the whole output", () => {
    expect(run(json, '```json\n{"a": 1}\n```').pass).toBe(true);
    expect(run(json, '```\n{"a": 1}\n```').pass).toBe(true);
  });

  it("rejects prose, prose around a fence, two fences and JSON5", () => {
    expect(run(json, "Sure! Here it is").reason).toMatch(/^json — not valid JSON: /);
    expect(run(json, 'Here:\n```json\n{"a": 1}\n```').pass).toBe(false);
    expect(run(json, '```json\n{"a": 1}\n```\n```json\n{"b": 2}\n```').pass).toBe(false);
    expect(run(json, "{a: 1,}").pass).toBe(false);
  });

  it("stripCodeFence and parseJsonOutput expose the same rule", () => {
    expect(stripCodeFence("```json\n[1]\n```")).toBe("[1]");
    expect(stripCodeFence("[1]")).toBeUndefined();
    expect(parseJsonOutput("```json\n[1]\n```")).toEqual({ ok: true, value: [1] });
  });
});

describe("jsonSchema", () => {
  const schema = {
    type: "object",
    properties: { answer: { type: "string" }, confidence: { type: "number", minimum: 0, maximum: 1 } },
    required: ["answer", "confidence"],
    additionalProperties: false,
  };
  const evaluator: DeterministicEvaluator = {
    kind: "jsonSchema",
    name: "shape",
    invariant: false,
    schema,
    line: 30,
  };

  it("passes a conforming output, fenced or not", () => {
    expect(run(evaluator, '{"answer": "yes", "confidence": 0.9}')).toEqual({
      pass: true,
      reason: "jsonSchema — valid",
    });
    expect(run(evaluator, '```json\n{"answer": "yes", "confidence": 0.9}\n```').pass).toBe(true);
  });

  it("lists ajv errors with their instance paths", () => {
    const result = run(evaluator, '{"answer": 3, "confidence": 7}');
    expect(result.pass).toBe(false);
    expect(result.reason).toContain("/answer must be string");
    expect(result.reason).toContain("/confidence must be <= 1");
    expect(run(evaluator, '{"answer": "x"}').reason).toContain("/ must have required property 'confidence'");
  });

  it("fails output that is not JSON", () => {
    expect(run(evaluator, "yes").reason).toMatch(/^jsonSchema — not valid JSON/);
  });

  it("tolerates keywords ajv does not know, such as format without ajv-formats", () => {
    const withFormat: DeterministicEvaluator = {
      kind: "jsonSchema",
      name: "email",
      invariant: false,
      schema: { type: "string", format: "email" },
    };
    expect(run(withFormat, '"a@b.co"').pass).toBe(true);
    expect(run(withFormat, "3").pass).toBe(false);
  });

  it("an invalid schema is a located input error", () => {
    const bad: DeterministicEvaluator = {
      kind: "jsonSchema",
      name: "bad",
      invariant: false,
      schema: { type: 12 },
      line: 40,
    };
    expect(() => run(bad, "{}")).toThrow(
      /support\.prompt\.yml:40: evaluators\.bad\.jsonSchema: invalid JSON Schema/,
    );
    const notObject: DeterministicEvaluator = {
      kind: "jsonSchema",
      name: "bad",
      invariant: false,
      schema: "x",
    };
    expect(() => run(notObject, "{}")).toThrow(InputError);
  });
});

describe("maxLength", () => {
  const evaluator: DeterministicEvaluator = { kind: "maxLength", name: "short", invariant: false, value: 5 };

  it("counts characters (code points), inclusive limit", () => {
    expect(run(evaluator, "hello")).toEqual({ pass: true, reason: "maxLength 5 — output has 5 characters" });
    expect(run(evaluator, "hello!")).toEqual({
      pass: false,
      reason: "maxLength 5 — output has 6 characters",
    });
    expect(run(evaluator, "👍👍👍👍👍").pass).toBe(true);
  });
});
