// Tests of src/core/gate/deleted-prompt.ts: a deleted eval set never passes silently.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/config-schema.js";
import { deletedPromptOutcome } from "../../../src/core/gate/deleted-prompt.js";

describe("deletedPromptOutcome", () => {
  it("fails by default and says the eval set was removed", () => {
    const outcome = deletedPromptOutcome(defaultConfig.gate);
    expect(outcome.verdict).toBe("fail");
    expect(outcome.reasons[0]).toMatch(/^Eval set removed: .*`gate\.onDeletedPrompt: fail`.*accept/);
  });

  it("passes or is neutral (inconclusive) when the base config says so", () => {
    expect(deletedPromptOutcome({ onDeletedPrompt: "pass" })).toMatchObject({ verdict: "pass" });
    const neutral = deletedPromptOutcome({ onDeletedPrompt: "neutral" });
    expect(neutral.verdict).toBe("inconclusive");
    expect(neutral.reasons[0]).toContain("Eval set removed");
  });
});
