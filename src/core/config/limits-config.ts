// The `limits` and `budget` config sections: the most one review reads from the repository and spends on models.
import { z } from "zod";

export const limitsSchema = z
  .object({
    /** Largest prompt file read, in bytes; a bigger one is an error, never parsed, diffed or sent. */
    maxPromptBytes: z
      .number()
      .int()
      .positive()
      .default(256 * 1024)
      .describe(
        "Largest prompt file read, in bytes; a bigger one is an error, never parsed, diffed or sent.",
      ),
    /** Largest eval-data file (`testDataFile`) read, in bytes. */
    maxDataBytes: z
      .number()
      .int()
      .positive()
      .default(20 * 1024 * 1024)
      .describe("Largest eval-data file (`testDataFile`) read, in bytes."),
    /** Most test rows one prompt file may have, inline and data files together. */
    maxRows: z
      .number()
      .int()
      .positive()
      .default(10_000)
      .describe("Most test rows one prompt file may have, inline and data files together."),
  })
  .strict();

export const budgetSchema = z
  .object({
    /** Most money one review may spend, every attempt and judge included, in USD; a model with no price is refused; null = no limit. */
    maxCostUsd: z
      .number()
      .min(0)
      .nullable()
      .default(5)
      .describe(
        "Most money one review may spend, every attempt and judge included, in USD; a model with no price is refused; null = no limit.",
      ),
    /** Most model requests one review may send: retries and re-asked judges count; null = no limit. */
    maxCalls: z
      .number()
      .int()
      .min(0)
      .nullable()
      .default(5000)
      .describe(
        "Most model requests one review may send: retries and re-asked judges count; null = no limit.",
      ),
  })
  .strict();
