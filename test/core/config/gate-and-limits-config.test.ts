// The `gate`, `limits` and `budget` config sections (src/core/config/gate-config.ts, limits-config.ts): defaults and bounds.
import { describe, expect, it } from "vitest";
import { configSchema } from "../../../src/core/config/config-schema.js";
import { gateSchema } from "../../../src/core/config/gate-config.js";
import { budgetSchema, limitsSchema } from "../../../src/core/config/limits-config.js";

describe("gate, limits and budget sections", () => {
  it("fill their defaults from an empty section, as the whole config does", () => {
    expect(gateSchema.parse({})).toMatchObject({ margin: 0.05, falseFailRate: 0.02, maxCostIncrease: 0.25 });
    expect(limitsSchema.parse({})).toEqual({
      maxPromptBytes: 262_144,
      maxDataBytes: 20_971_520,
      maxRows: 10_000,
    });
    expect(budgetSchema.parse({})).toEqual({ maxCostUsd: 5, maxCalls: 5000 });
    const config = configSchema.parse({});
    expect(config.gate).toEqual(gateSchema.parse({}));
    expect(config.limits).toEqual(limitsSchema.parse({}));
    expect(config.budget).toEqual(budgetSchema.parse({}));
  });

  it("refuse unknown keys and values out of bounds", () => {
    expect(gateSchema.safeParse({ margn: 0.1 }).success).toBe(false);
    expect(gateSchema.safeParse({ confidence: 0.5 }).success).toBe(false);
    expect(limitsSchema.safeParse({ maxRows: 0 }).success).toBe(false);
    expect(budgetSchema.safeParse({ maxCalls: -1 }).success).toBe(false);
  });
});
