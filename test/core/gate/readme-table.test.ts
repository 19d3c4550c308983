// The README's table of what the gate costs and catches is computed by the gate's own functions, not written by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gateSchema } from "../../../src/core/config/config-schema.js";
import { buildDesign, planDetectableDrop } from "../../../src/core/gate/design.js";
import { dropLaw, exactReview } from "../../../src/core/gate/exact-review.js";

/** The case mix the README names: weight and per-answer pass probability. */
const MIX: [number, number][] = [
  [0.75, 0.97],
  [0.2, 0.5],
  [0.05, 0.15],
];

function computedRow(rows: number): string {
  const gate = gateSchema.parse({});
  // With one answer per side a case differs with probability 2p(1 − p); the no-op law is symmetric.
  const differs = MIX.reduce((sum, [w, p]) => sum + w * 2 * p * (1 - p), 0);
  const basePassRate = MIX.reduce((sum, [w, p]) => sum + w * p, 0);
  const design = buildDesign(gate, rows);
  const noop = exactReview(design, { down: differs / 2, up: differs / 2 });
  const drop = exactReview(design, dropLaw(differs, basePassRate, 0.2)!);
  const mdd = Math.round(planDetectableDrop(gate, rows)! * 100);
  const pct = (x: number, digits: number) => `${(x * 100).toFixed(digits)}%`;
  const calls = (cases: number) => String(Math.round(2 * cases));
  return `| ${rows} | ${mdd} points | ${pct(noop.fail, 2)} | ${calls(noop.expectedCases)} | ${pct(drop.fail, 1)} | ${calls(drop.expectedCases)} |`;
}

describe("README: How the verdict is decided", () => {
  it("shows the figures the gate's functions compute for 10, 30, 60 and 150 rows", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    for (const rows of [10, 30, 60, 150]) expect(readme).toContain(computedRow(rows));
    const drop24 = Math.round(planDetectableDrop(gateSchema.parse({}), 24)! * 100);
    expect(readme).toContain(`(24 cases) can detect a drop of ≥ ${drop24} points`);
  });
});
