// The planned looks: the case counts at which a sequential review examines the evidence.

import { describe, expect, it } from "vitest";
import { FIRST_LOOK, LOOK_STEP, planLooks } from "../../../src/core/gate/looks.js";

describe("planLooks", () => {
  it("looks at 30, 50, 70, … and always at the cap", () => {
    expect(planLooks(10)).toEqual([10]);
    expect(planLooks(30)).toEqual([30]);
    expect(planLooks(55)).toEqual([30, 55]);
    expect(planLooks(60)).toEqual([30, 50, 60]);
    expect(planLooks(150)).toEqual([30, 50, 70, 90, 110, 130, 150]);
    expect(planLooks(400, 100)).toEqual([30, 50, 70, 90, 100]);
    expect(planLooks(95)).toEqual([30, 50, 70, 95]);
    expect(planLooks(0)).toEqual([]);
  });
});

describe("the look plan's constants", () => {
  it("start at 30 and step by 20, and a cap below one case plans no look", () => {
    expect([FIRST_LOOK, LOOK_STEP]).toEqual([30, 20]);
    expect(planLooks(100, 0.5)).toEqual([]);
    expect(planLooks(20.9)).toEqual([20]);
  });
});
