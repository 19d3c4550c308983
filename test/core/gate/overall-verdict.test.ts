// Tests of src/core/gate/overall-verdict.ts: how prompt verdicts combine into the review's verdict.
import { describe, expect, it } from "vitest";
import { decideOverallVerdict } from "../../../src/core/gate/overall-verdict.js";
import type { PromptVerdict } from "../../../src/core/report/report.js";

const of = (verdicts: PromptVerdict[], options: { dryRun?: boolean; incomplete?: boolean } = {}) =>
  decideOverallVerdict({
    prompts: verdicts.map((verdict) => ({ verdict })),
    dryRun: options.dryRun ?? false,
    incomplete: options.incomplete ?? false,
  });

describe("decideOverallVerdict", () => {
  it("is skipped with no prompts, and the most severe prompt verdict otherwise", () => {
    expect(of([])).toBe("skipped");
    expect(of(["pass", "skipped", "not_evaluable"])).toBe("pass");
    expect(of(["pass", "inconclusive"])).toBe("inconclusive");
    expect(of(["inconclusive", "error"])).toBe("error");
    expect(of(["not_evaluable"])).toBe("skipped");
  });

  it("lets a failure win over a prompt that could not be reviewed", () => {
    expect(of(["error", "fail"])).toBe("fail");
    expect(of(["fail", "error", "inconclusive"], { incomplete: true })).toBe("fail");
  });

  it("never passes an incomplete review: it is an error unless what ran already fails", () => {
    expect(of(["pass"], { incomplete: true })).toBe("error");
    expect(of(["inconclusive"], { incomplete: true })).toBe("error");
    expect(of(["fail"], { incomplete: true })).toBe("fail");
  });

  it("decides nothing in a dry run but still reports errors", () => {
    expect(of(["pass", "fail"], { dryRun: true })).toBe("skipped");
    expect(of(["pass", "error"], { dryRun: true })).toBe("error");
  });
});
