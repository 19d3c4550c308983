// The batch bench section on a small run: both modes answer every call, and the batch run makes none alone.
import { describe, expect, it } from "vitest";
import { runBatchBench } from "../../bench/batch-bench.js";
import { isSectionPassing } from "../../bench/report.js";

describe("batch bench", () => {
  it("times the same calls through the Batch API and one at a time, and passes its targets", async () => {
    const { sync, batch, sections } = await runBatchBench(200);
    expect(sync).toMatchObject({ failed: 0, synchronousCalls: 200, batchedCalls: 0 });
    expect(batch).toMatchObject({ failed: 0, synchronousCalls: 0, batchedCalls: 200 });
    // 200 calls at 100 ms, 32 in flight: at least 7 rounds of 100 ms one at a time.
    expect(sync.seconds).toBeGreaterThanOrEqual(0.6);
    expect(sync.callsPerSecond).toBeCloseTo(200 / sync.seconds, 6);
    expect(sections.map((s) => s.title)).toEqual([
      "Batch API vs synchronous, 200 calls (sync: 100 ms per call, 32 in flight)",
    ]);
    expect(sections.every(isSectionPassing)).toBe(true);
  }, 30_000);
});
