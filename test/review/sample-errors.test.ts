// Sample errors grouped by cause with a count, and the --offline misses named by case.
import { describe, expect, it } from "vitest";
import { describeOfflineMisses, summarizeSampleErrors } from "../../src/review/sample-errors.js";

const miss = { notRun: true, error: "no cached response for openai/gpt-4o-mini (offline mode)" };

describe("summarizeSampleErrors", () => {
  it("groups by message without the sample label, counts, and keeps the order of first appearance", () => {
    expect(
      summarizeSampleErrors([
        { error: "prompts/a.prompt.yml#row-1 head sample 1: 401 from provider: bad key" },
        { error: "prompts/a.prompt.yml#row-2 base sample 2 judge tone: timeout" },
        { error: "prompts/a.prompt.yml#row-3 head sample 1: 401 from provider: bad key" },
        {},
      ]),
    ).toEqual(["2 samples failed: 401 from provider: bad key", "1 sample failed: timeout"]);
  });

  it("leaves out samples that were never sent", () => {
    expect(summarizeSampleErrors([miss, { notRun: true, error: "budget spent" }])).toEqual([]);
  });
});

describe("describeOfflineMisses", () => {
  it("says nothing without an offline miss", () => {
    expect(
      describeOfflineMisses([{ id: "greeting", index: 0, outputs: [{}, { notRun: true, error: "budget" }] }]),
    ).toBeUndefined();
  });

  it("counts the misses and names the cases, by id or by row number for hashed ids", () => {
    const text = describeOfflineMisses([
      { id: "greeting", index: 0, outputs: [miss, miss] },
      { id: "cf6d830f49a", index: 4, outputs: [miss] },
    ]);
    expect(text).toBe(
      "3 samples have no cached answer (--offline): cases greeting, row 5. " +
        "Run once without --offline to record them, or point --cache-dir at the cache that holds them.",
    );
  });

  it("names five cases at most and says how many more", () => {
    const cases = Array.from({ length: 7 }, (_, i) => ({ id: `case-${i}`, index: i, outputs: [miss] }));
    expect(describeOfflineMisses(cases)).toMatch(
      /^7 samples have .*cases case-0, case-1, case-2, case-3, case-4 and 2 more\./,
    );
    expect(describeOfflineMisses(cases.slice(0, 1))).toMatch(
      /^1 sample has no cached answer \(--offline\): case case-0\./,
    );
  });
});
