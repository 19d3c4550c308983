// Tests of src/core/gate/interval-level.ts: the label of the shown interval follows from the one-sided confidence.
import { describe, expect, it } from "vitest";
import { intervalLevel } from "../../../src/core/gate/interval-level.js";

describe("intervalLevel", () => {
  it("labels two one-sided bounds at c as a two-sided interval at 2c − 1", () => {
    expect(intervalLevel(0.95)).toBeCloseTo(0.9, 12);
    expect(intervalLevel(0.975)).toBeCloseTo(0.95, 12);
    expect(intervalLevel(0.8)).toBeCloseTo(0.6, 12);
  });
});
