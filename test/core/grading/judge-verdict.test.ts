// Judge verdicts: structured answers parse; anything else is an error, never a pass by substring.
import { describe, expect, it } from "vitest";
import { parseJudgeVerdict } from "../../../src/core/grading/judge-verdict.js";
import type { JudgeChoice } from "../../../src/core/prompt-file/prompt-spec.js";

const choices: JudgeChoice[] = [
  { choice: "good", score: 1 },
  { choice: "bad", score: 0 },
];

describe("scored verdicts (built-in judges)", () => {
  it("reads score and reasoning", () => {
    expect(parseJudgeVerdict('{"reasoning": "Same facts.", "score": 5}')).toEqual({
      ok: true,
      score: 5,
      reasoning: "Same facts.",
    });
    expect(parseJudgeVerdict('{"score": 1}')).toEqual({ ok: true, score: 1 });
  });

  it("strips one surrounding code fence", () => {
    expect(parseJudgeVerdict('```json\n{"score": 3, "reasoning": "ok"}\n```')).toMatchObject({
      ok: true,
      score: 3,
    });
  });

  it("rejects invalid JSON with the parser's message", () => {
    const verdict = parseJudgeVerdict("The answer deserves a 5.");
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.error).toMatch(/^judge answer is not valid JSON: /);
  });

  it("rejects scores out of range, fractional or not numbers", () => {
    for (const text of [
      '{"score": 0}',
      '{"score": 6}',
      '{"score": 4.5}',
      '{"score": "5"}',
      '{"score": null}',
    ]) {
      const verdict = parseJudgeVerdict(text);
      expect(verdict.ok, text).toBe(false);
      expect(!verdict.ok && verdict.error, text).toMatch(/is not an integer from 1 to 5/);
    }
  });

  it("rejects a missing score and non-object answers", () => {
    expect(parseJudgeVerdict('{"reasoning": "fine"}')).toEqual({
      ok: false,
      error: 'judge answer has no "score"',
    });
    expect(parseJudgeVerdict("[5]").ok).toBe(false);
    expect(parseJudgeVerdict("5").ok).toBe(false);
  });
});

describe("choice verdicts (custom llm judges)", () => {
  it("maps the chosen choice to its score", () => {
    expect(parseJudgeVerdict('{"reasoning": "Polite.", "choice": "good"}', choices)).toEqual({
      ok: true,
      score: 1,
      choice: "good",
      reasoning: "Polite.",
    });
    expect(parseJudgeVerdict('{"choice": "bad"}', choices)).toEqual({ ok: true, score: 0, choice: "bad" });
  });

  it("matches after trimming and ignoring case", () => {
    expect(parseJudgeVerdict('{"choice": "  GOOD "}', choices)).toMatchObject({ ok: true, choice: "good" });
  });

  it("prefers an exact match when choices differ only in case", () => {
    const cased: JudgeChoice[] = [
      { choice: "Yes", score: 1 },
      { choice: "yes", score: 0.5 },
    ];
    expect(parseJudgeVerdict('{"choice": "yes"}', cased)).toMatchObject({ ok: true, score: 0.5 });
  });

  it("accepts a bare answer that is exactly one choice", () => {
    expect(parseJudgeVerdict(" Bad\n", choices)).toEqual({ ok: true, score: 0, choice: "bad" });
  });

  it("never matches by substring", () => {
    expect(parseJudgeVerdict("not good", choices).ok).toBe(false);
    expect(parseJudgeVerdict('{"choice": "not good"}', choices)).toEqual({
      ok: false,
      error: 'judge chose "not good", not one of good, bad',
    });
    expect(parseJudgeVerdict('{"choice": "good enough"}', choices).ok).toBe(false);
  });

  it("rejects unknown choices and missing ones", () => {
    expect(parseJudgeVerdict('{"choice": "maybe"}', choices)).toEqual({
      ok: false,
      error: 'judge chose "maybe", not one of good, bad',
    });
    expect(parseJudgeVerdict('{"score": 1}', choices)).toMatchObject({ ok: false });
    expect(parseJudgeVerdict('{"choice": 1}', choices)).toMatchObject({ ok: false });
  });
});
