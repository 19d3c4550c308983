// A small two-case experiment (base passes both, head fails one), as `buildPromptExperiment` makes them.
import type { PromptExperiment } from "../../../src/core/report/experiment.js";

export const BASE_SHA = "1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
export const HEAD_SHA = "2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

export function sampleExperiment(): PromptExperiment {
  return {
    promptPath: "prompts/support.prompt.yml",
    base: { ref: "main", sha: BASE_SHA, passRate: 1, costPerCallUsd: 0.0001, latencyP50Ms: 120 },
    head: { ref: "feature", sha: HEAD_SHA, passRate: 0.5, costPerCallUsd: 0.0002, latencyP50Ms: 150 },
    cases: [
      {
        id: "refund",
        input: { question: "Can I get a refund?" },
        base: { outputs: ["Yes, within 30 days."], passRate: 1, failed: [] },
        head: { outputs: ["Yes, within 30 days."], passRate: 1, failed: [] },
      },
      {
        id: "shipping",
        input: { question: "How long is shipping?" },
        base: { outputs: ["3-5 days."], passRate: 1, failed: [] },
        head: {
          outputs: ["I cannot say."],
          passRate: 0,
          failed: [{ evaluator: "mentions-days", reason: "expected to contain 'days'" }],
        },
      },
    ],
  };
}
