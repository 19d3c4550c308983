// Tests of the engine's books (src/engine/accounting.ts): cost of an answer, counters and progress reports.
import { describe, expect, it } from "vitest";
import { createAccounting } from "../../src/engine/accounting.js";
import type { EngineStats } from "../../src/engine/engine-types.js";
import type { ChatResponse } from "../../src/engine/model.js";

const request = { model: "m", messages: [{ role: "user" as const, content: "hi" }] };
const response: ChatResponse = {
  text: "ok",
  usage: { inputTokens: 1_000_000, outputTokens: 1_000_000, cachedInputTokens: 0 },
  latencyMs: 1,
  finishReason: "stop",
};

describe("createAccounting", () => {
  it("prices an answer at the model's price, and says null when the price or the usage is unknown", () => {
    const priced = createAccounting({ priceOf: () => ({ input: 1, output: 2 }) }, { stoppedBy: undefined });
    expect(priced.costOf(request, response)).toBe(3);
    expect(priced.costOf(request, { ...response, usageMissing: true })).toBeNull();
    const unpriced = createAccounting({ priceOf: () => null }, { stoppedBy: undefined });
    expect(unpriced.costOf(request, response)).toBeNull();
  });

  it("books spending and counts unpriced calls apart", () => {
    const accounts = createAccounting({ priceOf: () => null }, { stoppedBy: undefined });
    accounts.bookSpend(0.5);
    accounts.bookSpend(null);
    accounts.bookSpend(0.25);
    expect(accounts.snapshot()).toMatchObject({ costUsd: 0.75, unpricedCalls: 1 });
  });

  it("counts settled calls by how they ended and reports a copy after each", () => {
    const reports: EngineStats[] = [];
    const accounts = createAccounting(
      { priceOf: () => null, onProgress: (stats) => reports.push(stats) },
      { stoppedBy: undefined },
    );
    const answered = { ok: true as const, response, cached: false, attempts: 1, costUsd: null };
    accounts.settle(answered);
    accounts.settle({ ...answered, cached: true });
    accounts.settle({ ok: false, kind: "server", error: "x", attempts: 2 });
    accounts.countRetry();
    expect(reports.map(({ total, cached, failed }) => [total, cached, failed])).toEqual([
      [1, 0, 0],
      [2, 1, 0],
      [3, 1, 1],
    ]);
    expect(accounts.snapshot()).toMatchObject({ total: 3, retried: 1 });
    expect(accounts.snapshot()).not.toBe(accounts.stats);
  });

  it("carries the budget's stop reason from the start and after each call, and keeps the first refusal", () => {
    const budget: { stoppedBy: string | undefined } = { stoppedBy: "no price" };
    const accounts = createAccounting({ priceOf: () => null }, budget);
    expect(accounts.stats.stoppedBy).toBe("no price");
    budget.stoppedBy = "maxCalls";
    accounts.settle({ ok: false, kind: "budget", error: "x", attempts: 0 });
    expect(accounts.stats.stoppedBy).toBe("maxCalls");
    accounts.recordRefusal("401 first");
    accounts.recordRefusal("403 second");
    expect(accounts.stats.refusedBy).toBe("401 first");
  });
});
