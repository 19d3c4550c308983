// Tests of src/engine/retry-policy.ts.
import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/engine/model.js";
import { computeRetryDelayMs, describeFailure, toModelError } from "../../src/engine/retry-policy.js";

const options = { baseMs: 250, capMs: 20_000 };

describe("computeRetryDelayMs", () => {
  it("draws from [0, base·2^(retry−1)] (full jitter)", () => {
    expect(computeRetryDelayMs(1, undefined, () => 0, options)).toBe(0);
    expect(computeRetryDelayMs(1, undefined, () => 0.999999, options)).toBe(249);
    expect(computeRetryDelayMs(3, undefined, () => 0.5, options)).toBe(500);
  });

  it("never exceeds the cap on its own", () => {
    expect(computeRetryDelayMs(30, undefined, () => 0.999999, options)).toBeLessThanOrEqual(20_000);
  });

  it("honours a longer retry-after and keeps the backoff when it is longer", () => {
    expect(computeRetryDelayMs(1, 5_000, () => 0.5, options)).toBe(5_000);
    expect(computeRetryDelayMs(8, 10, () => 0.5, options)).toBe(10_000); // min(cap, 250·2^7) · 0.5
  });
});

describe("describeFailure", () => {
  it("names the call, the status and the key to check for a 401", () => {
    const message = describeFailure(
      "p.prompt.yml#c1 head sample 0",
      new ModelError("auth", "bad key", { status: 401 }),
      1,
    );
    expect(message).toContain("p.prompt.yml#c1 head sample 0: 401 from provider");
    expect(message).toContain("check OPENAI_API_KEY (or the variable named by provider.apiKeyEnv)");
  });

  it("says how many attempts were made once retries ran out", () => {
    const message = describeFailure("x", new ModelError("server", "boom", { status: 503 }), 4);
    expect(message).toContain("503 from provider after 4 attempts: boom");
  });
});

describe("toModelError", () => {
  it("keeps ModelErrors and treats other throws as network failures", () => {
    const original = new ModelError("quota", "no money");
    expect(toModelError(original)).toBe(original);
    const wrapped = toModelError(new TypeError("fetch failed"));
    expect(wrapped.kind).toBe("network");
    expect(wrapped.message).toBe("fetch failed");
  });
});
