// The drift decision on its own: what becomes the baseline, and what does not.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/config-schema.js";
import { decideDrift, type TodayRun } from "../../../src/core/gate/drift.js";

const gate = defaultConfig.gate;

function run(pass: (i: number) => boolean, options: Partial<TodayRun> = {}): TodayRun {
  const cases = Array.from({ length: 30 }, (_, i) => ({
    id: `c${i}`,
    passes: [pass(i)],
    outputs: [`out ${i}`],
  }));
  return {
    path: "p.prompt.yml",
    contentHash: "h1",
    model: "m",
    snapshots: [],
    at: "2026-11-30T00:00:00Z",
    cases,
    passRate: cases.filter((c) => c.passes[0]).length / 30,
    costPerCallUsd: null,
    latencyP50Ms: 100,
    incomplete: false,
    ...options,
  };
}

describe("decideDrift", () => {
  it("never makes an incomplete run the baseline, first run or later", () => {
    const first = decideDrift(
      undefined,
      run(() => true, { incomplete: true }),
      gate,
    );
    expect(first.status).toBe("inconclusive");
    expect(first.record.baseline).toEqual([]);
    const second = decideDrift(
      first.record,
      run(() => true),
      gate,
    );
    expect(second.status).toBe("recorded");
    const third = decideDrift(
      second.record,
      run(() => true, { incomplete: true, at: "2026-12-01" }),
      gate,
    );
    expect(third.status).toBe("inconclusive");
    expect(third.record.baseline).toBe(second.record.baseline);
    expect(third.record.history).toHaveLength(3);
  });

  it("pairs by case id: cases added since the baseline are not evidence", () => {
    const base = decideDrift(
      undefined,
      run(() => true),
      gate,
    ).record;
    const today = run(() => true);
    today.cases.push(
      ...Array.from({ length: 30 }, (_, i) => ({ id: `new${i}`, passes: [false], outputs: [""] })),
    );
    const outcome = decideDrift(base, today, gate);
    expect(outcome.decision?.cases).toBe(30);
    expect(outcome.status).toBe("stable");
    expect(outcome.regressed).toEqual([]);
  });

  it("a small drop within the margin is not a drift", () => {
    const base = decideDrift(
      undefined,
      run(() => true),
      gate,
    ).record;
    const outcome = decideDrift(
      base,
      run((i) => i !== 0),
      gate,
    );
    expect(outcome.status).not.toBe("drift");
    expect(outcome.regressed.map((r) => r.id)).toEqual(["c0"]);
  });
});
