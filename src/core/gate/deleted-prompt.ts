// The verdict of a deleted prompt that had an eval set and that no added prompt takes over (`gate.onDeletedPrompt`).
import type { GateConfig } from "../config/config-schema.js";
import type { PromptVerdict } from "../report/report.js";

export interface DeletedPromptOutcome {
  verdict: Extract<PromptVerdict, "fail" | "pass" | "inconclusive">;
  reasons: string[];
}

/**
 * Deleting a gated prompt removes its eval set, so it must not pass silently: `fail` (the default; the accept
 * label accepts it like any failure), `pass`, or `neutral`, reported as inconclusive.
 */
export function deletedPromptOutcome(gate: Pick<GateConfig, "onDeletedPrompt">): DeletedPromptOutcome {
  const setting = `\`gate.onDeletedPrompt: ${gate.onDeletedPrompt}\``;
  const removed =
    "Eval set removed: the prompt was deleted and no added prompt in this pull request carries its test rows or its text.";
  switch (gate.onDeletedPrompt) {
    case "fail":
      return {
        verdict: "fail",
        reasons: [`${removed} It fails the gate (${setting}); a maintainer can accept the removal.`],
      };
    case "pass":
      return { verdict: "pass", reasons: [`${removed} It passes (${setting}).`] };
    case "neutral":
      return { verdict: "inconclusive", reasons: [`${removed} It is neutral (${setting}).`] };
  }
}
