// Tests of the engine's cancel switch (src/engine/cancellation.ts).
import { describe, expect, it } from "vitest";
import { createCancellation } from "../../src/engine/cancellation.js";

describe("createCancellation", () => {
  it("aborts its signal once and keeps the first reason", () => {
    const cancellation = createCancellation();
    expect(cancellation.reason).toBe("");
    expect(cancellation.cancel("deadline")).toBe(true);
    expect(cancellation.cancel("signal")).toBe(false);
    expect(cancellation.signal.aborted).toBe(true);
    expect(cancellation.reason).toBe("deadline");
    expect(cancellation.signal.reason).toMatchObject({ kind: "aborted", message: "deadline" });
  });
});
