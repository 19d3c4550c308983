// Tests of src/core/format/ids.ts: short commit SHAs and case ids.
import { describe, expect, it } from "vitest";
import { formatCaseId, shortSha } from "../../../src/core/format/ids.js";

describe("ids", () => {
  it("shortens a SHA to seven characters and a long case id to eight and an ellipsis", () => {
    expect(shortSha("0123456789abcdef")).toBe("0123456");
    expect(formatCaseId("refund-late")).toBe("refund-late");
    expect(formatCaseId("0123456789abcdef")).toBe("01234567…");
  });
});
