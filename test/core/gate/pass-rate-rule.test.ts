// Tests of src/core/gate/pass-rate-rule.ts: the three answers, said plainly, from real sequential decisions.
import { describe, expect, it } from "vitest";
import { type GateConfig, gateSchema } from "../../../src/core/config/config-schema.js";
import { assessPassRate } from "../../../src/core/gate/pass-rate-rule.js";
import type { CaseEvidence } from "../../../src/core/gate/sequential.js";
import { decideLooks } from "./support/decide-looks.js";

const gate: GateConfig = gateSchema.parse({});

/** n cases; `baseFor`/`headFor` give case i's single answer on each side. */
function casesOf(n: number, headFor: (i: number) => boolean, baseFor: (i: number) => boolean = () => true) {
  return Array.from(
    { length: n },
    (_, i): CaseEvidence => ({ caseId: `case-${i}`, base: [baseFor(i)], head: [headFor(i)] }),
  );
}

const assess = (evidence: CaseEvidence[], g = gate, totalCases = evidence.length) =>
  assessPassRate({
    change: "modified",
    gate: g,
    passRate: decideLooks(g, evidence, totalCases),
    casesEvaluated: evidence.length,
  });

describe("assessPassRate", () => {
  it("fails a significant drop beyond the margin, with the exact p-value", () => {
    const [finding] = assess(casesOf(30, (i) => i % 3 !== 0));
    expect(finding!.outcome).toBe("fail");
    expect(finding!.reason).toMatch(
      /^Pass rate fell 33\.3 points \(100\.0% → 66\.7%\), 90% CI −\d+\.\d to −\d+\.\d points: a significant drop \(p [<=] 0\.\d+\) larger than the 5-point margin, after 30 cases\.$/,
    );
  });

  it("passes when a drop of gate.detect is ruled out, and says whether the margin is met too", () => {
    const [finding] = assess(casesOf(60, () => true));
    expect(finding!.outcome).toBe("pass");
    expect(finding!.reason).toMatch(/a drop of 20 points or more is ruled out after \d+ cases\./);
  });

  it("is inconclusive on a small noisy eval set and names the smallest drop it can detect", () => {
    // 24 cases, a third of them flipping either way: no drop shown, none ruled out, and no more rows.
    const noisy = casesOf(
      24,
      (i) => i % 3 !== 0,
      (i) => i % 3 !== 1,
    );
    const [finding] = assess(noisy);
    expect(finding!.outcome).toBe("inconclusive");
    expect(finding!.reason).toMatch(/neither a drop of 20 points nor its absence is shown after 24 cases\.$/);
    expect(finding!.toSettle).toMatch(
      /^This eval set \(24 cases\) can detect a drop of ≥ \d+ points; add rows to see smaller ones \(about \d+ more to catch a 20-point drop 95% of the time\)\.$/,
    );
  });

  it("says plainly when the eval set is too small to detect any drop", () => {
    const [finding] = assess(casesOf(4, (i) => i !== 0));
    expect(finding!.outcome).toBe("inconclusive");
    expect(finding!.toSettle).toMatch(
      /^This eval set \(4 cases\) is too small to detect any drop with 95% power; add rows/,
    );
  });

  it("points at the rows left unrun when gate.maxCases stopped the review short", () => {
    const capped = { ...gate, maxCases: 24 };
    const noisy = casesOf(
      24,
      (i) => i % 3 !== 0,
      (i) => i % 3 !== 1,
    );
    const [finding] = assess(noisy, capped, 40);
    expect(finding!.outcome).toBe("inconclusive");
    expect(finding!.toSettle).toMatch(
      /; the eval set has 16 more rows \(raise `gate\.maxCases` or the budget\)\.$/,
    );
  });

  it("is inconclusive when no case ran on both versions", () => {
    const [finding] = assessPassRate({ change: "modified", gate, casesEvaluated: 0 });
    expect(finding).toEqual({
      outcome: "inconclusive",
      reason: "No test case ran on both versions, so the pass rates cannot be compared.",
      toSettle: "Test cases that run and are graded on both versions would settle it.",
    });
  });
});
