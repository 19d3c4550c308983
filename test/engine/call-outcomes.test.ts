// Tests of the engine's failure wording (src/engine/call-outcomes.ts).
import { describe, expect, it } from "vitest";
import {
  abortedOutcome,
  budgetOutcome,
  failedOutcome,
  invalidAnswerOutcome,
} from "../../src/engine/call-outcomes.js";
import { ModelError } from "../../src/engine/model.js";

describe("call outcomes", () => {
  it("says how far a call got before the budget stopped it", () => {
    expect(budgetOutcome("c1", 0, "limit")).toEqual({
      ok: false,
      kind: "budget",
      error: "c1: not run, limit",
      attempts: 0,
    });
    expect(budgetOutcome("c1", 1, "limit")).toMatchObject({ error: "c1: stopped after 1 attempt, limit" });
    expect(budgetOutcome("c1", 3, "limit")).toMatchObject({ error: "c1: stopped after 3 attempts, limit" });
  });

  it("words a cancelled call, an unusable answer and a given-up failure", () => {
    expect(abortedOutcome("c1", 2, "deadline")).toEqual({
      ok: false,
      kind: "aborted",
      error: "c1: not completed, the run was cancelled (deadline)",
      attempts: 2,
    });
    expect(invalidAnswerOutcome("c1", "no verdict", 3)).toMatchObject({
      kind: "invalid_answer",
      error: "c1: no verdict",
    });
    const failed = failedOutcome("c1", new ModelError("server", "down", { status: 502 }), 4);
    expect(failed).toMatchObject({ kind: "server", attempts: 4 });
    if (!failed.ok) expect(failed.error).toMatch(/^c1: 502 from provider after 4 attempts: down/);
  });
});
