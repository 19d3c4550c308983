// promptfoo's scoring of a row: which evaluators grade it, their weights, and its threshold.
import { describe, expect, it } from "vitest";
import { readRowScoring, scoreRow, selectRowEvaluators } from "../../../src/core/grading/row-scoring.js";

const result = (evaluator: string, pass: boolean, error?: string) => ({
  evaluator,
  pass,
  ...(error ? { error } : {}),
});

describe("row scoring", () => {
  it("without reserved variables every evaluator grades the row and all must pass", () => {
    const scoring = readRowScoring({ city: "Paris" });
    expect(scoring).toEqual({});
    expect(selectRowEvaluators([{ name: "a" }, { name: "b" }], scoring)).toHaveLength(2);
    expect(scoreRow([result("a", true), result("b", false)], scoring)).toEqual({ pass: false, score: 0.5 });
  });

  it("grades only the evaluators the row names, by the weighted mean against its threshold", () => {
    const scoring = readRowScoring({ __asserts: '{"a":3,"c":1}', __threshold: "0.75" });
    expect(selectRowEvaluators([{ name: "a" }, { name: "b" }, { name: "c" }], scoring)).toEqual([
      { name: "a" },
      { name: "c" },
    ]);
    // 3 of 4 weight passes: exactly the threshold.
    expect(scoreRow([result("a", true), result("c", false)], scoring)).toEqual({ pass: true, score: 0.75 });
    expect(scoreRow([result("a", false), result("c", true)], scoring)).toEqual({ pass: false, score: 0.25 });
  });

  it("without a threshold a weight-0 evaluator is reported but never fails the row", () => {
    const scoring = readRowScoring({ __asserts: '{"a":1,"b":0}' });
    expect(scoreRow([result("a", true), result("b", false)], scoring)).toEqual({ pass: true, score: 1 });
    expect(scoreRow([result("a", false), result("b", true)], scoring)).toEqual({ pass: false, score: 0 });
  });

  it("an evaluator that could not grade is never a pass, whatever the threshold", () => {
    const scoring = readRowScoring({ __asserts: '{"a":1,"b":1}', __threshold: "0" });
    expect(scoreRow([result("a", true), result("b", false, "judge failed")], scoring).pass).toBe(false);
  });

  it("refuses reserved variables it did not write", () => {
    expect(() => readRowScoring({ __asserts: '{"a":-1}' })).toThrow(/weights ≥ 0/);
    expect(() => readRowScoring({ __asserts: "[1]" })).toThrow(/JSON object/);
    expect(() => readRowScoring({ __threshold: "half" })).toThrow(/must be a number, got half/);
  });
});
