// Tests of one provider call with retries (src/engine/call-with-retries.ts), over the engine's real pieces.
import { describe, expect, it } from "vitest";
import { createAccounting } from "../../src/engine/accounting.js";
import { createAttempter } from "../../src/engine/attempt.js";
import { type BudgetLimits, createBudget } from "../../src/engine/budget.js";
import {
  callWithRetries,
  MAX_INVALID_ATTEMPTS,
  type RetryContext,
} from "../../src/engine/call-with-retries.js";
import { createCancellation } from "../../src/engine/cancellation.js";
import { resolveRuntime } from "../../src/engine/engine-runtime.js";
import type { CallSpec } from "../../src/engine/engine-types.js";
import type { Model } from "../../src/engine/model.js";
import { createRefusalDetector } from "../../src/engine/refusal.js";
import { createScheduler } from "../../src/engine/scheduler.js";
import { createFakeModel } from "../support/fake-model.js";

const spec: CallSpec = {
  label: "c1",
  request: { model: "m", messages: [{ role: "user", content: "q" }] },
  sample: 0,
};

function contextOf(
  model: Model,
  maxAttempts: number,
  limits: BudgetLimits = { maxCalls: null, maxCostUsd: null },
) {
  const sleeps: number[] = [];
  const runtime = resolveRuntime({ sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 });
  const budget = createBudget(limits, () => null);
  const ctx: RetryContext = {
    runtime,
    budget,
    scheduler: createScheduler({ concurrency: 1, now: runtime.now, sleep: runtime.sleep }),
    accounts: createAccounting({ priceOf: () => null }, budget),
    refusals: createRefusalDetector(),
    attempter: createAttempter(model, 0),
    cancellation: createCancellation(),
    maxAttempts,
  };
  return { ctx, sleeps };
}

describe("callWithRetries", () => {
  it("retries a retryable failure after the policy's wait, counting each retry", async () => {
    const model = createFakeModel({ script: [{ kind: "server", status: 503 }, { kind: "network" }] });
    const { ctx, sleeps } = contextOf(model, 4);
    await expect(callWithRetries(ctx, spec)).resolves.toMatchObject({ ok: true, attempts: 3, costUsd: null });
    expect(sleeps).toEqual([125, 250]);
    expect(ctx.accounts.stats.retried).toBe(2);
  });

  it("asks an unusable answer again at most MAX_INVALID_ATTEMPTS times, booking each one's cost", async () => {
    const model = createFakeModel({ answer: () => "not json" });
    const { ctx } = contextOf(model, 10);
    const outcome = await callWithRetries(ctx, { ...spec, validate: () => "no verdict" });
    expect(outcome).toEqual({
      ok: false,
      kind: "invalid_answer",
      error: "c1: no verdict",
      attempts: MAX_INVALID_ATTEMPTS,
    });
    expect(ctx.accounts.stats).toMatchObject({ retried: MAX_INVALID_ATTEMPTS - 1, unpricedCalls: 3 });
  });

  it("gives up at once on a refused key and records the refusal", async () => {
    const model = createFakeModel({ fail: () => ({ kind: "auth", status: 401, message: "bad key" }) });
    const { ctx } = contextOf(model, 4);
    await expect(callWithRetries(ctx, spec)).resolves.toMatchObject({ ok: false, kind: "auth", attempts: 1 });
    expect(ctx.accounts.stats.refusedBy).toMatch(/^401 from provider: bad key/);
  });

  it("stops where the budget refuses the next attempt and records why", async () => {
    const model = createFakeModel({ script: [{ kind: "server", status: 500 }] });
    const { ctx } = contextOf(model, 4, { maxCalls: 1, maxCostUsd: null });
    const outcome = await callWithRetries(ctx, spec);
    expect(outcome).toMatchObject({ ok: false, kind: "budget", attempts: 1 });
    expect(ctx.accounts.stats.stoppedBy).toBe("budget.maxCalls (1) reached after 1 calls");
  });

  it("ends as aborted, without an attempt, once the run is cancelled", async () => {
    const model = createFakeModel();
    const { ctx } = contextOf(model, 4);
    ctx.cancellation.cancel("deadline");
    await expect(callWithRetries(ctx, spec)).resolves.toMatchObject({
      ok: false,
      kind: "aborted",
      attempts: 0,
    });
    expect(model.calls).toHaveLength(0);
  });
});
