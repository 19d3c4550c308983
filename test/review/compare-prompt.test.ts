// comparePrompt's own rules: the cost and latency deltas, the monthly projection, the notes on ungated rows and
// evaluators and on an eval set nothing passes, why the looks stopped, and the case order of the report.
import { describe, expect, it } from "vitest";
import { type Config, configSchema } from "../../src/core/config/config-schema.js";
import { buildDesign } from "../../src/core/gate/design.js";
import { decideAtLook } from "../../src/core/gate/sequential.js";
import { comparePrompt, toSampleOutput } from "../../src/review/compare-prompt.js";
import type { CaseRun, SampleResult } from "../../src/review/execute-plans.js";
import type { PlannedCase } from "../../src/review/plan-prompt.js";
import { buildCaseEvidence, type PromptRun } from "../../src/review/run-looks.js";

const PATH = "prompts/support.prompt.yml";

interface SampleOptions {
  costUsd?: number | null;
  latencyMs?: number;
}

function sample(pass: boolean, { costUsd = 0.001, latencyMs = 100 }: SampleOptions = {}): SampleResult {
  return {
    output: pass ? "ok" : "wrong",
    pass,
    costUsd,
    response: {
      text: pass ? "ok" : "wrong",
      usage: { inputTokens: 10, outputTokens: 5, cachedInputTokens: 0 },
      latencyMs,
      finishReason: "stop",
    },
  };
}

const side = { messages: [], vars: {} } as unknown as NonNullable<PlannedCase["base"]>;

function caseRun(
  index: number,
  base: boolean,
  head: boolean,
  options: { gated?: boolean; base?: SampleOptions; head?: SampleOptions } = {},
): CaseRun {
  return {
    planned: {
      id: `row-${String.fromCharCode(122 - index)}`,
      index,
      vars: {},
      base: side,
      head: side,
      gated: options.gated ?? true,
    },
    base: [sample(base, options.base)],
    head: [sample(head, options.head)],
  };
}

function config(raw: Record<string, unknown> = {}): Config {
  return configSchema.parse(raw);
}

/** A prompt run with one look over every gated case, decided by the real gate. */
function promptRun(runs: CaseRun[], cfg: Config): PromptRun {
  const totalCases = runs.filter((r) => r.planned.gated).length;
  const design = buildDesign(cfg.gate, totalCases);
  const looks = [decideAtLook(design, buildCaseEvidence(runs), design.looks.length - 1)];
  return { runs, design, looks, totalCases };
}

const unchanged = (n: number, options?: Parameters<typeof caseRun>[3]) =>
  Array.from({ length: n }, (_, i) => caseRun(i, true, true, options));

describe("comparePrompt", () => {
  it("reports the cost change per call in percent, rounded to 0.1, and the latency change at p50", async () => {
    const cfg = config();
    const runs = unchanged(4, {
      base: { costUsd: 0.003, latencyMs: 200 },
      head: { costUsd: 0.004, latencyMs: 150 },
    });
    const result = comparePrompt(PATH, "modified", promptRun(runs, cfg), cfg);
    expect(result.delta).toMatchObject({ passRate: 0, costPerCallPct: 33.3, latencyP50Pct: -25 });
    // No traffic configured: no monthly projection.
    expect(result.delta?.monthlyCostUsd).toBeNull();
  });

  it("projects the monthly cost change from the configured calls a day (30 days a month)", () => {
    const cfg = config({ traffic: { [PATH]: { callsPerDay: 1000 } } });
    const runs = unchanged(3, { base: { costUsd: 0.001 }, head: { costUsd: 0.002 } });
    const result = comparePrompt(PATH, "modified", promptRun(runs, cfg), cfg);
    expect(result.delta?.monthlyCostUsd).toBeCloseTo(0.001 * 1000 * 30, 10);
  });

  it("gives no cost change when the base cost nothing but the head costs something, and 0 when both are free", () => {
    const cfg = config();
    const fromFree = unchanged(2, { base: { costUsd: 0 }, head: { costUsd: 0.002 } });
    expect(comparePrompt(PATH, "modified", promptRun(fromFree, cfg), cfg).delta?.costPerCallPct).toBeNull();
    const bothFree = unchanged(2, { base: { costUsd: 0 }, head: { costUsd: 0 } });
    expect(comparePrompt(PATH, "modified", promptRun(bothFree, cfg), cfg).delta?.costPerCallPct).toBe(0);
  });

  it("gives no cost change when a side's price is unknown", () => {
    const cfg = config();
    const runs = unchanged(2, { head: { costUsd: null } });
    const result = comparePrompt(PATH, "modified", promptRun(runs, cfg), cfg);
    expect(result.head?.costPerCallUsd).toBeNull();
    expect(result.delta?.costPerCallPct).toBeNull();
  });

  it("has no pass-rate comparison and no delta for an added prompt", () => {
    const cfg = config();
    const runs = unchanged(3).map((r) => ({ ...r, base: [], planned: { ...r.planned, base: undefined } }));
    const result = comparePrompt(PATH, "added", { runs, looks: [], totalCases: 3 }, cfg);
    expect(result.base).toBeUndefined();
    expect(result.head?.cases).toBe(3);
    expect(result.delta).toBeUndefined();
    expect(result.sequential).toBeUndefined();
  });

  it("says the rows and evaluators the head adds are reported but not gated", () => {
    const cfg = config();
    const runs = [
      ...unchanged(3),
      caseRun(3, true, false, { gated: false }),
      caseRun(4, true, true, { gated: false }),
    ];
    const result = comparePrompt(PATH, "modified", promptRun(runs, cfg), cfg, ["tone", "length"]);
    expect(result.reasons).toContain(
      "This change adds 2 test rows: run on both versions and reported below, not part of the verdict until merged.",
    );
    expect(result.reasons).toContain(
      "This change adds or redefines evaluators `tone`, `length`: it takes effect once merged; this review grades with the base's evaluators.",
    );
    // The ungated rows are in the report, marked, but not in the table's figures.
    expect(result.cases.filter((c) => c.informational)).toHaveLength(2);
    expect(result.base?.cases).toBe(3);
  });

  it("names one ungated row and one evaluator in the singular", () => {
    const cfg = config();
    const runs = [...unchanged(2), caseRun(2, true, true, { gated: false })];
    const result = comparePrompt(PATH, "modified", promptRun(runs, cfg), cfg, ["tone"]);
    expect(result.reasons).toContain(
      "This change adds 1 test row: run on both versions and reported below, not part of the verdict until merged.",
    );
    expect(result.reasons.some((r) => r.startsWith("This change adds or redefines evaluator `tone`:"))).toBe(
      true,
    );
  });

  it("warns when no sample passes on either version, and only then", () => {
    const cfg = config();
    const warning =
      "No sample passes on either version: check the evaluators and test data before trusting this verdict.";
    const allFailing = Array.from({ length: 3 }, (_, i) => caseRun(i, false, false));
    expect(comparePrompt(PATH, "modified", promptRun(allFailing, cfg), cfg).reasons).toContain(warning);
    const onePasses = [...allFailing.slice(0, 2), caseRun(2, false, true)];
    expect(comparePrompt(PATH, "modified", promptRun(onePasses, cfg), cfg).reasons).not.toContain(warning);
  });

  it("says why the looks ended: the last planned look gives last-look, an unfinished plan gives stopped", () => {
    const cfg = config();
    const runs = unchanged(3);
    const run = promptRun(runs, cfg);
    expect(run.looks[0]!.outcome).toBe("inconclusive");
    expect(comparePrompt(PATH, "modified", run, cfg).sequential).toMatchObject({
      stoppedBecause: "last-look",
      looksUsed: 1,
      cases: 3,
      totalCases: 3,
    });
    const stopped = { ...run, looks: [{ ...run.looks[0]!, outcome: "continue" as const }] };
    expect(comparePrompt(PATH, "modified", stopped, cfg).sequential?.stoppedBecause).toBe("stopped");
  });

  it("lists cases in row order, not in the seeded order they ran in", () => {
    const cfg = config();
    const runs = [caseRun(2, true, true), caseRun(0, true, true), caseRun(1, true, false)];
    const result = comparePrompt(PATH, "modified", promptRun(runs, cfg), cfg);
    expect(result.cases.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(result.cases[1]!.change).toBe("regressed");
  });

  it("marks the comparison incomplete when a sample errored, and leaves the error out of the pass rate", () => {
    const cfg = config();
    const errored = { ...sample(false), error: "timeout" };
    const runs = [...unchanged(2), { ...caseRun(2, true, true), head: [errored] }];
    const result = comparePrompt(PATH, "modified", promptRun(runs, cfg), cfg);
    expect(result.incomplete).toBe(true);
    expect(result.head).toMatchObject({ errors: 1, samples: 2, passRate: 1 });
  });
});

describe("toSampleOutput", () => {
  it("lists the failed evaluators with the error when grading failed, else the reason", () => {
    const graded: SampleResult = {
      ...sample(false),
      grade: {
        pass: false,
        results: [
          { evaluator: "mentions", pass: false, reason: 'contains "x" — not found' },
          { evaluator: "judge", pass: false, reason: "unused", error: "judge timed out" },
          { evaluator: "length", pass: true, reason: "ok" },
        ],
      },
    } as SampleResult;
    expect(toSampleOutput(graded)).toEqual({
      output: "wrong",
      pass: false,
      failed: [
        { evaluator: "mentions", reason: 'contains "x" — not found' },
        { evaluator: "judge", reason: "judge timed out" },
      ],
    });
    expect(toSampleOutput({ ...sample(false), notRun: true, error: "budget" })).toMatchObject({
      error: "budget",
      notRun: true,
    });
  });
});
