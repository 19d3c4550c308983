// Tests of src/core/gate/conclusion.ts: verdict → check conclusion, and which verdicts an accept label can turn green.
import { describe, expect, it } from "vitest";
import {
  type CheckConclusion,
  canAccept,
  decideConclusion,
  isPassRateRegression,
} from "../../../src/core/gate/conclusion.js";
import type { ReviewReport } from "../../../src/core/report/report.js";
import { buildDelta, buildPrompt, buildReport } from "../../fixtures/reports/builders.js";

type Row = [ReviewReport["verdict"], ReviewReport["gate"]["onInconclusive"], boolean, CheckConclusion];

const TABLE: Row[] = [
  ["pass", "neutral", false, "success"],
  ["skipped", "neutral", false, "success"],
  ["fail", "neutral", false, "failure"],
  ["fail", "pass", false, "failure"],
  ["fail", "neutral", true, "success"],
  ["inconclusive", "neutral", false, "neutral"],
  ["inconclusive", "pass", false, "success"],
  ["inconclusive", "fail", false, "failure"],
  ["inconclusive", "fail", true, "success"],
  ["inconclusive", "neutral", true, "neutral"],
  ["pass", "neutral", true, "success"],
  ["error", "neutral", false, "failure"],
  ["error", "pass", true, "failure"],
];

const gateWith = (onInconclusive: ReviewReport["gate"]["onInconclusive"]) => ({
  margin: 0.05,
  confidence: 0.95,
  repeats: 1,
  onInconclusive,
});

describe("decideConclusion", () => {
  it.each(TABLE)(
    "%s with onInconclusive=%s, accepted=%s → %s",
    (verdict, onInconclusive, accepted, expected) => {
      expect(decideConclusion(buildReport({ verdict, gate: gateWith(onInconclusive) }), accepted)).toBe(
        expected,
      );
    },
  );
});

describe("canAccept", () => {
  it("accepts a regression and an inconclusive review the gate fails, nothing else", () => {
    const accepts = (verdict: ReviewReport["verdict"], on: ReviewReport["gate"]["onInconclusive"]) =>
      canAccept(buildReport({ verdict, gate: gateWith(on) }));
    expect(accepts("fail", "neutral")).toBe(true);
    expect(accepts("inconclusive", "fail")).toBe(true);
    expect(accepts("inconclusive", "neutral")).toBe(false);
    expect(accepts("error", "fail")).toBe(false);
    expect(accepts("pass", "fail")).toBe(false);
  });

  it("does not accept a regression while another prompt could not be reviewed", () => {
    const report = buildReport({
      verdict: "fail",
      prompts: [
        buildPrompt({ path: "a.prompt.yml", verdict: "fail" }),
        buildPrompt({ path: "b.prompt.yml", verdict: "error" }),
      ],
    });
    expect(canAccept(report)).toBe(false);
    expect(decideConclusion(report, true)).toBe("failure");
  });
});

describe("a deleted prompt made neutral by gate.onDeletedPrompt", () => {
  const deleted = buildPrompt({ path: "old.prompt.yml", change: "deleted", verdict: "inconclusive" });
  const undecided = buildPrompt({ path: "b.prompt.yml", verdict: "inconclusive" });

  it("gives a neutral check whatever gate.onInconclusive says, and nothing for the accept label to do", () => {
    for (const on of ["fail", "pass", "neutral"] as const) {
      const report = buildReport({ verdict: "inconclusive", gate: gateWith(on), prompts: [deleted] });
      expect(decideConclusion(report)).toBe("neutral");
      expect(canAccept(report)).toBe(false);
    }
  });

  it("leaves a review with another prompt out of evidence to gate.onInconclusive", () => {
    const report = buildReport({
      verdict: "inconclusive",
      gate: gateWith("fail"),
      prompts: [deleted, undecided],
    });
    expect(decideConclusion(report)).toBe("failure");
    expect(canAccept(report)).toBe(true);
  });
});

describe("isPassRateRegression", () => {
  it("is a drop whose interval lies below zero and whose estimate is beyond the margin", () => {
    const at = (passRate: number, passRateCI: [number, number]) =>
      isPassRateRegression(buildPrompt({ delta: buildDelta({ passRate, passRateCI }) }), 0.05);
    expect(at(-0.2, [-0.3, -0.1])).toBe(true);
    expect(at(-0.04, [-0.06, -0.02])).toBe(false);
    expect(at(-0.2, [-0.4, 0.01])).toBe(false);
    expect(isPassRateRegression(buildPrompt({}), 0.05)).toBe(false);
  });

  it("follows the sequential test when the report has one, not the interval shown", () => {
    const sequential = {
      plannedLooks: [12],
      looksUsed: 1,
      cases: 12,
      totalCases: 12,
      pValue: 0.03,
      minDetectableDrop: 0.7,
    };
    const shownBelowZero = buildDelta({ passRate: -0.42, passRateCI: [-0.68, -0.15] });
    const at = (stoppedBecause: "fail" | "last-look") =>
      isPassRateRegression(
        buildPrompt({ delta: shownBelowZero, sequential: { ...sequential, stoppedBecause } }),
        0.05,
      );
    expect(at("last-look")).toBe(false);
    expect(at("fail")).toBe(true);
  });
});
