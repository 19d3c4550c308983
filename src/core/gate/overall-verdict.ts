// The review's overall verdict from its prompts' verdicts: a failure wins, then an error, then inconclusive.
import type { PromptVerdict, Verdict } from "../report/report.js";

export interface OverallVerdictInput {
  prompts: readonly { verdict: PromptVerdict }[];
  dryRun: boolean;
  /** The review stopped early (budget, a refusal) or some prompt or sample could not be done. */
  incomplete: boolean;
}

/**
 * A real regression is never hidden by another prompt that could not be reviewed: `fail` outranks `error`
 * (the erroring prompt is still listed with its error). A dry run decides nothing but still reports errors.
 */
const SEVERITY: Record<Verdict, number> = { skipped: 0, pass: 1, inconclusive: 2, error: 3, fail: 4 };

/**
 * The most severe prompt verdict (`not_evaluable` counts as skipped). Partial results are never a pass, nor a
 * neutral check that lets the merge through: an incomplete review is `error` unless what did run already fails.
 */
export function decideOverallVerdict(input: OverallVerdictInput): Verdict {
  let worst: Verdict = "skipped";
  for (const prompt of input.prompts) {
    const verdict: Verdict = prompt.verdict === "not_evaluable" ? "skipped" : prompt.verdict;
    if (input.dryRun && verdict !== "error") continue;
    if (SEVERITY[verdict] > SEVERITY[worst]) worst = verdict;
  }
  return input.incomplete && worst !== "fail" ? "error" : worst;
}
