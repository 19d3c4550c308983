// The `gate` config section: the statistics and limits that decide a prompt's verdict.
import { z } from "zod";

const fraction = z.number().min(0);

export const gateSchema = z
  .object({
    /** Largest pass-rate drop (0–1) that is not a regression. */
    margin: z
      .number()
      .min(0)
      .max(1)
      .default(0.05)
      .describe("Largest pass-rate drop (0–1) that is not a regression."),
    /** Level of the interval shown on the pass-rate difference; display only (the fail test uses `falseFailRate`). */
    confidence: z
      .number()
      .gt(0.5)
      .lt(1)
      .default(0.95)
      .describe(
        "Level of the interval shown on the pass-rate difference; display only (the fail test uses `falseFailRate`).",
      ),
    /** Most a change that does nothing may fail the gate, over every look of a review (0.02 = 2%). */
    falseFailRate: z
      .number()
      .gt(0)
      .max(0.2)
      .default(0.02)
      .describe(
        "Most a change that does nothing may fail the gate, over every look of a review (0.02 = 2%).",
      ),
    /** Pass-rate drop (0–1) the gate catches 95% of the time, and rules out to pass. */
    detect: z
      .number()
      .gt(0)
      .max(1)
      .default(0.2)
      .describe("Pass-rate drop (0–1) the gate catches 95% of the time, and rules out to pass."),
    /** Most cases of the eval set one review runs; null = every row (the budget still caps it). */
    maxCases: z
      .number()
      .int()
      .min(1)
      .nullable()
      .default(null)
      .describe("Most cases of the eval set one review runs; null = every row (the budget still caps it)."),
    /** Largest allowed rise of cost per call, as a fraction of base (0.25 = +25%); null = report only. */
    maxCostIncrease: fraction
      .nullable()
      .default(0.25)
      .describe(
        "Largest allowed rise of cost per call, as a fraction of base (0.25 = +25%); null = report only.",
      ),
    /** Largest allowed rise of mean latency per call, as a fraction of base; null = report only. */
    maxLatencyIncrease: fraction
      .nullable()
      .default(null)
      .describe("Largest allowed rise of mean latency per call, as a fraction of base; null = report only."),
    /** Pass rate an added prompt (no base to compare with) must reach. */
    minPassRate: z
      .number()
      .min(0)
      .max(1)
      .default(0.8)
      .describe("Pass rate an added prompt (no base to compare with) must reach."),
    /** Check conclusion for an inconclusive review. */
    onInconclusive: z
      .enum(["neutral", "pass", "fail"])
      .default("neutral")
      .describe("Check conclusion for an inconclusive review."),
    /** Verdict for a prompt with an eval set that is deleted with no added prompt taking over its rows. */
    onDeletedPrompt: z
      .enum(["fail", "pass", "neutral"])
      .default("fail")
      .describe(
        "Verdict for a prompt with an eval set that is deleted with no added prompt taking over its rows: fail (acceptable with the accept label), pass, or neutral (reported as inconclusive).",
      ),
  })
  .strict();
