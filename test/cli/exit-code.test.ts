// Tests of src/cli/exit-code.ts: the exit code follows the gate's check conclusion.
import { describe, expect, it } from "vitest";
import { EXIT_ERROR, EXIT_GATE_FAILED, EXIT_OK, exitCodeFor } from "../../src/cli/exit-code.js";
import type { ReviewReport } from "../../src/core/report/report.js";
import { buildReport } from "../fixtures/reports/builders.js";

const report = (verdict: ReviewReport["verdict"], onInconclusive: "neutral" | "pass" | "fail" = "neutral") =>
  buildReport({ verdict, gate: { ...buildReport().gate, onInconclusive } });

describe("exitCodeFor", () => {
  it("is 1 when the gate fails, 2 when the review could not be done, 0 otherwise", () => {
    expect(exitCodeFor(report("pass"))).toBe(EXIT_OK);
    expect(exitCodeFor(report("skipped"))).toBe(EXIT_OK);
    expect(exitCodeFor(report("fail"))).toBe(EXIT_GATE_FAILED);
    expect(exitCodeFor(report("error"))).toBe(EXIT_ERROR);
    expect(exitCodeFor(report("inconclusive"))).toBe(EXIT_OK);
    expect(exitCodeFor(report("inconclusive", "pass"))).toBe(EXIT_OK);
    expect(exitCodeFor(report("inconclusive", "fail"))).toBe(EXIT_GATE_FAILED);
    expect(exitCodeFor({ ...report("inconclusive"), incomplete: true })).toBe(EXIT_ERROR);
    expect(exitCodeFor({ ...report("fail"), incomplete: true })).toBe(EXIT_GATE_FAILED);
  });
});
