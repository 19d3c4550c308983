// Tests of src/core/report/experiment.ts: which cases become an experiment, what each version's answer carries,
// redaction of everything that leaves, and ids that stay the same across runs.
import { describe, expect, it } from "vitest";
import { buildPromptExperiment, buildStableUuid } from "../../../src/core/report/experiment.js";
import { buildCase, buildPrompt, buildStats, sample } from "../../fixtures/reports/builders.js";

const report = { base: { ref: "main", sha: "a".repeat(40) }, head: { ref: "pr", sha: "b".repeat(40) } };
const keep = (text: string) => text;

describe("buildPromptExperiment", () => {
  it("pairs each case's base and head answers, with pass rates and the failed evaluators", () => {
    const prompt = buildPrompt({
      base: buildStats({ passRate: 1, costPerCallUsd: 0.001, latencyMs: { p50: 100, p95: 200 } }),
      head: buildStats({ passRate: 0.5, costPerCallUsd: null, latencyMs: null }),
      cases: [
        buildCase({
          id: "c1",
          index: 0,
          change: "regressed",
          vars: { q: "hi" },
          base: [sample("hello"), sample("hello!")],
          head: [sample("bye", { polite: "no greeting" }), sample("hello")],
        }),
      ],
    });
    expect(buildPromptExperiment(prompt, report, keep)).toEqual({
      promptPath: "prompts/support.prompt.yml",
      base: { ...report.base, passRate: 1, costPerCallUsd: 0.001, latencyP50Ms: 100 },
      head: { ...report.head, passRate: 0.5, costPerCallUsd: null, latencyP50Ms: null },
      cases: [
        {
          id: "c1",
          input: { q: "hi" },
          base: { outputs: ["hello", "hello!"], passRate: 1, failed: [] },
          head: {
            outputs: ["bye", "hello"],
            passRate: 0.5,
            failed: [{ evaluator: "polite", reason: "no greeting" }],
          },
        },
      ],
    });
  });

  it("leaves out samples that never ran and cases one version did not answer", () => {
    const prompt = buildPrompt({
      base: buildStats(),
      head: buildStats(),
      cases: [
        buildCase({ id: "both", index: 0, change: "unchanged", base: [sample("x")], head: [sample("x")] }),
        buildCase({ id: "added", index: 1, change: "unchanged", head: [sample("y")] }),
        buildCase({
          id: "stopped",
          index: 2,
          change: "unchanged",
          base: [sample("z")],
          head: [{ ...sample(""), notRun: true }],
        }),
      ],
    });
    expect(buildPromptExperiment(prompt, report, keep)?.cases.map((c) => c.id)).toEqual(["both"]);
  });

  it("has no experiment for a prompt measured on one side only", () => {
    const added = buildPrompt({
      change: "added",
      head: buildStats(),
      cases: [buildCase({ id: "c", index: 0, change: "unchanged", head: [sample("x")] })],
    });
    expect(buildPromptExperiment(added, report, keep)).toBeUndefined();
  });

  it("passes every input, output and reason through the redactor", () => {
    const prompt = buildPrompt({
      base: buildStats(),
      head: buildStats(),
      cases: [
        buildCase({
          id: "c",
          index: 0,
          change: "unchanged",
          vars: { token: "SECRET-1" },
          base: [sample("said SECRET-1")],
          head: [sample("no", { leak: "quoted SECRET-1" })],
        }),
      ],
    });
    const text = JSON.stringify(
      buildPromptExperiment(prompt, report, (t) => t.replaceAll("SECRET-1", "***")),
    );
    expect(text).not.toContain("SECRET-1");
    expect(text).toContain("said ***");
  });
});

describe("buildStableUuid", () => {
  it("gives the same UUID for the same parts and a different one otherwise", () => {
    const id = buildStableUuid("item", "prompts/a.prompt.yml", "c1");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(buildStableUuid("item", "prompts/a.prompt.yml", "c1")).toBe(id);
    expect(buildStableUuid("item", "prompts/a.prompt.yml", "c2")).not.toBe(id);
    // Parts are separated, so moving text between them changes the id.
    expect(buildStableUuid("item", "prompts/a.prompt.ymlc", "1")).not.toBe(id);
  });
});
