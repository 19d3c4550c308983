// Tests of the engine's injectable runtime (src/engine/engine-runtime.ts).
import { describe, expect, it } from "vitest";
import { realRuntime, resolveRuntime } from "../../src/engine/engine-runtime.js";

describe("resolveRuntime", () => {
  it("uses the real clock, sleep, randomness and backoff where a test supplied none", () => {
    expect(resolveRuntime({})).toEqual({ ...realRuntime, successesPerStep: undefined });
  });

  it("keeps what a test supplied", () => {
    const random = () => 0;
    const runtime = resolveRuntime({ random, backoff: { baseMs: 1, capMs: 2 }, successesPerStep: 3 });
    expect(runtime).toMatchObject({ random, backoff: { baseMs: 1, capMs: 2 }, successesPerStep: 3 });
    expect(runtime.now).toBe(realRuntime.now);
  });
});
