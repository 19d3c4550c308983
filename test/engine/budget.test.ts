// Tests of src/engine/budget.ts.
import { describe, expect, it } from "vitest";
import type { Price } from "../../src/core/config/config-schema.js";
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

  it("refuses an unpriced model under maxCostUsd, naming the pricing entry that would allow it", () => {
    const budget = createBudget({ maxCalls: null, maxCostUsd: 5 }, priceOf);
    const refused = budget.tryStart({ ...request, model: "o1-pro" });
    expect(refused).toEqual({
      ok: false,
      reason:
        "model `o1-pro` has no known price, so budget.maxCostUsd cannot hold it; add " +
        "`pricing: {o1-pro: {input: …, output: …}}` (USD per 1M tokens) to promptgate.yml on the base branch",
    });
    // The run stays stopped: a priced model is not started after an unpriced one was refused.
    expect(budget.tryStart(request).ok).toBe(false);
  });

  it("stops before the first attempt when a planned model (a judge's, say) has no price", () => {
    const budget = createBudget({ maxCalls: null, maxCostUsd: 5 }, priceOf, ["m", "judge-x"]);
    expect(budget.stoppedBy).toMatch(/^model `judge-x` has no known price/);
    expect(budget.tryStart(request).ok).toBe(false);
  });

  it("quotes a model id that could break out of its code span or YAML key", () => {
    const budget = createBudget({ maxCalls: null, maxCostUsd: 1 }, priceOf, ["a`b: c"]);
    expect(budget.stoppedBy).toContain('model "a`b: c" has no known price');
    expect(budget.stoppedBy).toContain('`pricing: {"a`b: c": {input');
  });

  it("holds unpriced models only to maxCalls when there is no USD cap", () => {
    const budget = createBudget({ maxCalls: 2, maxCostUsd: null }, priceOf, ["mystery"]);
    const unknown = { ...request, model: "mystery" };
    expect(budget.tryStart(unknown).ok).toBe(true);
    expect(budget.tryStart(unknown).ok).toBe(true);
    expect(budget.tryStart(unknown).ok).toBe(false);
  });

  it("keeps an attempt's reservation booked when its cost is unknown, and books nothing when it was free", () => {
    const budget = createBudget({ maxCalls: null, maxCostUsd: 0.1 }, priceOf);
    const timedOut = budget.tryStart(request);
    if (timedOut.ok) budget.finish(timedOut.reservedUsd, "unknown");
    const refusedByProvider = budget.tryStart(request);
    if (refusedByProvider.ok) budget.finish(refusedByProvider.reservedUsd, "free");
    expect(budget.tryStart(request).ok).toBe(true);
    expect(budget.tryStart(request)).toEqual({
      ok: false,
      reason: "budget.maxCostUsd ($0.10) would be passed: spent $0.05 (+$0.05 in flight), next call ≈ $0.05",
    });
  });
});

describe("the in-flight bound", () => {
  // Seeded: concurrent attempts start and settle in a random order with real costs up to their reservation.
  function mulberry32(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it("never spends past the cap when each attempt costs at most its reservation", () => {
    const random = mulberry32(9);
    for (let run = 0; run < 200; run++) {
      const cap = 0.05 + random() * 0.5;
      const budget = createBudget({ maxCalls: null, maxCostUsd: cap }, priceOf);
      const inFlight: number[] = [];
      let spent = 0;
      for (let step = 0; step < 100; step++) {
        if (inFlight.length < 4 && random() < 0.6) {
          const decision = budget.tryStart(request);
          if (decision.ok) inFlight.push(decision.reservedUsd);
        } else if (inFlight.length > 0) {
          const reserved = inFlight.splice(Math.floor(random() * inFlight.length), 1)[0]!;
          const cost = reserved * random();
          spent += cost;
          budget.finish(reserved, cost);
        }
      }
      expect(spent).toBeLessThanOrEqual(cap + 1e-12);
    }
  });

  it("passes the cap by at most what the attempts in flight at the last start spent over their reservations", () => {
    const budget = createBudget({ maxCalls: null, maxCostUsd: 0.2 }, priceOf);
    const reservations: number[] = [];
    for (let decision = budget.tryStart(request); decision.ok; decision = budget.tryStart(request)) {
      reservations.push(decision.reservedUsd);
    }
    expect(reservations).toHaveLength(4);
    // Each of the four in flight spends twice its reservation (the provider ignored maxTokens).
    let spent = 0;
    for (const reserved of reservations) {
      spent += 2 * reserved;
      budget.finish(reserved, 2 * reserved);
    }
    const excess = reservations.reduce((sum, r) => sum + r, 0);
    expect(spent).toBeCloseTo(0.2 + excess, 12);
    expect(budget.tryStart(request).ok).toBe(false);
  });
});
