// Tests of src/engine/scheduler.ts.
import { describe, expect, it } from "vitest";
import { createScheduler } from "../../src/engine/scheduler.js";

function makeScheduler(concurrency: number, successesPerStep = 3) {
  let clock = 1_000;
  const sleeps: number[] = [];
  const scheduler = createScheduler({
    concurrency,
    successesPerStep,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
  });
  return { scheduler, sleeps, advance: (ms: number) => (clock += ms) };
}

describe("createScheduler", () => {
  it("halves the limit once for 429s of attempts that started before the cut", async () => {
    const { scheduler } = makeScheduler(8);
    const epoch = await scheduler.beforeAttempt();
    scheduler.onRateLimit(epoch, undefined);
    scheduler.onRateLimit(epoch, undefined);
    scheduler.onRateLimit(epoch, undefined);
    expect(scheduler.limit).toBe(4);
    scheduler.onRateLimit(await scheduler.beforeAttempt(), undefined);
    expect(scheduler.limit).toBe(2);
  });

  it("never goes below 1 and climbs back one step per run of successes, up to the cap", async () => {
    const { scheduler } = makeScheduler(2, 3);
    for (let i = 0; i < 3; i++) scheduler.onRateLimit(await scheduler.beforeAttempt(), undefined);
    expect(scheduler.limit).toBe(1);
    scheduler.onSuccess();
    scheduler.onSuccess();
    expect(scheduler.limit).toBe(1);
    scheduler.onSuccess();
    expect(scheduler.limit).toBe(2);
    for (let i = 0; i < 10; i++) scheduler.onSuccess();
    expect(scheduler.limit).toBe(2);
  });

  it("makes every attempt wait out the cool-down a provider asked for", async () => {
    const { scheduler, sleeps, advance } = makeScheduler(4);
    scheduler.onRateLimit(await scheduler.beforeAttempt(), 1_500);
    advance(500);
    await scheduler.beforeAttempt();
    expect(sleeps).toEqual([1_000]);
    await scheduler.beforeAttempt();
    expect(sleeps).toEqual([1_000]);
  });

  it("runs tasks in submission order under the limit", async () => {
    const { scheduler } = makeScheduler(2);
    const started: number[] = [];
    let active = 0;
    let maxActive = 0;
    const tasks = Array.from({ length: 10 }, (_, i) =>
      scheduler.run(async () => {
        started.push(i);
        active += 1;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, (i * 7) % 5));
        active -= 1;
      }),
    );
    await Promise.all(tasks);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(maxActive).toBe(2);
  });
});
