// Tests of src/engine/budget.ts.
import { describe, expect, it } from "vitest";
import type { Price } from "../../src/core/config-schema.js";
import { createBudget, estimateCallCostUsd, estimateInputTokens } from "../../src/engine/budget.js";
import type { ChatRequest } from "../../src/engine/model.js";

// $1,000 per 1M tokens = $0.001 per token keeps the arithmetic readable.
const price: Price = { input: 1000, output: 1000 };
const request: ChatRequest = {
  model: "m",
  messages: [{ role: "user", content: "x".repeat(40) }],
  maxTokens: 32,
};
const priceOf = (model: string) => (model === "m" ? price : null);

describe("estimates", () => {
  it("counts ceil(chars / 4) + 8 per message for input", () => {
    expect(estimateInputTokens(request.messages)).toBe(18);
    expect(
      estimateInputTokens([
        { role: "system", content: "abc" },
        { role: "user", content: "" },
      ]),
    ).toBe(17);
  });

  it("prices the whole output allowance: maxCompletionTokens, else maxTokens, else 256", () => {
    expect(estimateCallCostUsd(request, price)).toBeCloseTo((18 + 32) / 1000, 12);
    expect(estimateCallCostUsd({ ...request, maxCompletionTokens: 2 }, price)).toBeCloseTo(0.02, 12);
    expect(estimateCallCostUsd({ ...request, maxTokens: undefined }, price)).toBeCloseTo(
      (18 + 256) / 1000,
      12,
    );
  });
});

describe("createBudget", () => {
  it("allows exactly maxCalls starts, then refuses with the figures", () => {
    const budget = createBudget({ maxCalls: 3, maxCostUsd: null }, priceOf);
    for (let i = 0; i < 3; i++) expect(budget.tryStart(request).ok).toBe(true);
    expect(budget.tryStart(request)).toEqual({
      ok: false,
      reason: "budget.maxCalls (3) reached after 3 calls",
    });
    expect(budget.stoppedBy).toBe("budget.maxCalls (3) reached after 3 calls");
  });

  it("counts in-flight reservations against maxCostUsd", () => {
    const budget = createBudget({ maxCalls: null, maxCostUsd: 0.12 }, priceOf);
    const first = budget.tryStart(request);
    const second = budget.tryStart(request);
    expect(first.ok && second.ok).toBe(true);
    const third = budget.tryStart(request);
    expect(third.ok).toBe(false);
    if (!third.ok) {
      expect(third.reason).toBe(
        "budget.maxCostUsd ($0.12) would be passed: spent $0.00 (+$0.10 in flight), next call ≈ $0.05",
      );
    }
  });

  it("stays stopped once a limit is hit, even when room frees up", () => {
    const budget = createBudget({ maxCalls: null, maxCostUsd: 0.06 }, priceOf);
    const first = budget.tryStart(request);
    expect(budget.tryStart(request).ok).toBe(false);
    if (first.ok) budget.finish(first.reservedUsd, 0.001);
    expect(budget.tryStart(request).ok).toBe(false);
  });

  it("books real spending and releases the estimate", () => {
    const budget = createBudget({ maxCalls: null, maxCostUsd: 0.19 }, priceOf);
    for (let i = 0; i < 5; i++) {
      const decision = budget.tryStart(request);
      expect(decision.ok).toBe(true);
      if (decision.ok) budget.finish(decision.reservedUsd, 0.03);
    }
    const refused = budget.tryStart(request);
    expect(refused).toEqual({
      ok: false,
      reason: "budget.maxCostUsd ($0.19) would be passed: spent $0.15, next call ≈ $0.05",
    });
  });

  it("does not block unpriced models on USD, only on calls", () => {
    const budget = createBudget({ maxCalls: 2, maxCostUsd: 0 }, priceOf);
    const unknown = { ...request, model: "mystery" };
    expect(budget.tryStart(unknown).ok).toBe(true);
    expect(budget.tryStart(unknown).ok).toBe(true);
    expect(budget.tryStart(unknown).ok).toBe(false);
  });
});
