// Tests of src/render/progress-line.ts.
import { describe, expect, it } from "vitest";
import { renderProgressLine } from "../../src/render/progress-line.js";

describe("renderProgressLine", () => {
  const progress = { done: 120, total: 360, cached: 40, failed: 2, costUsd: 0.0123, elapsedMs: 65_000 };

  it("fills the line to width - 1 with a bar and the counts, without a newline", () => {
    const line = renderProgressLine(progress, 100);
    expect(line).toHaveLength(99);
    expect(line).not.toContain("\n");
    expect(line).toMatch(
      /^\[#{10}-{20}\] 120\/360 calls \(33%\) · 40 cached · 2 failed · \$0\.012 · 1m 05s +$/,
    );
  });

  it("drops the bar when the terminal is narrow and never exceeds the width", () => {
    const narrow = renderProgressLine(progress, 50);
    expect(narrow).toHaveLength(49);
    expect(narrow.startsWith("120/360 calls")).toBe(true);
    expect(renderProgressLine(progress, 20)).toHaveLength(19);
  });

  it("handles an empty plan and leaves out zero failures", () => {
    const line = renderProgressLine(
      { done: 0, total: 0, cached: 0, failed: 0, costUsd: 0, elapsedMs: 0 },
      80,
    );
    expect(line.trimEnd()).toBe("[------------------------------] 0/0 calls (0%) · 0 cached · $0.00 · 0s");
  });
});
