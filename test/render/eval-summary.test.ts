// Tests of src/render/eval-summary.ts.
import { describe, expect, it } from "vitest";
import type { EvalReport } from "../../src/core/report/eval-report.js";
import { renderEvalSummary } from "../../src/render/eval-summary.js";

const report: EvalReport = {
  schemaVersion: 1,
  path: "prompts/cities.prompt.yml",
  model: "gpt-4o-mini",
  repeats: 1,
  passRate: 0.5,
  costUsd: 0.0001,
  costPerCallUsd: 0.00005,
  tokens: { input: 20, output: 6 },
  latencyMs: { p50: 100, p95: 120 },
  calls: { total: 2, cached: 0, failed: 0, retried: 0 },
  cases: [
    {
      id: "c1",
      index: 0,
      vars: { city: "Oslo" },
      passRate: 1,
      outputs: [{ output: "Oslo", pass: true, failed: [] }],
    },
    {
      id: "c2",
      index: 1,
      vars: { city: "Bergen" },
      passRate: 0,
      outputs: [
        {
          output: "first line\nsecond \x1b[2Jline",
          pass: false,
          failed: [{ evaluator: "names the city", reason: 'contains "Bergen" — not found' }],
        },
      ],
    },
  ],
  incomplete: false,
  errors: [],
};

describe("renderEvalSummary", () => {
  it("lists the failing case with its evaluator and output, then the totals", () => {
    const out = renderEvalSummary(report, { color: false });
    expect(out).toContain('✗ case c2 (#2) 0/1 samples passed  city="Bergen"');
    expect(out).toContain('    names the city: contains "Bergen" — not found');
    expect(out).toContain("    output: first line\n            second ␛[2Jline");
    expect(out).toContain("FAIL prompts/cities.prompt.yml on gpt-4o-mini: pass rate 50%");
    expect(out).not.toContain("\x1b");
  });

  it("colours labels only when asked, never the model's text", () => {
    const out = renderEvalSummary(report, { color: true });
    expect(out).toContain("\x1b[31m✗\x1b[39m");
    expect(out).not.toContain("\x1b[2J");
  });
});
