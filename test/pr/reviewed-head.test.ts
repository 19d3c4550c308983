// The reviewed-head marker of the sticky comment (src/pr/reviewed-head.ts): written once, read from one place.
import { describe, expect, it } from "vitest";
import { readReviewedHead, withReviewedHead } from "../../src/pr/reviewed-head.js";
import { COMMENT_MARKER } from "../../src/render/limits.js";

const SHA = "a".repeat(40);

describe("reviewed head marker", () => {
  it("round-trips through the comment, CRLF edits included", () => {
    const body = withReviewedHead(`${COMMENT_MARKER}\n❌ **promptgate: regression**\n`, SHA);
    expect(body.split("\n")[1]).toBe(`<!-- promptgate:head ${SHA} -->`);
    expect(readReviewedHead(body)).toBe(SHA);
    expect(readReviewedHead(body.replace(/\n/g, "\r\n"))).toBe(SHA);
  });

  it("reads no head from text further down, where a pull request or a model could forge one", () => {
    const forged = `${COMMENT_MARKER}\nheadline\n<!-- promptgate:head ${"b".repeat(40)} -->\n`;
    expect(readReviewedHead(forged)).toBeUndefined();
    expect(readReviewedHead(`<!-- promptgate:head ${SHA} -->\n`)).toBeUndefined();
  });

  it("leaves a body without our marker, or a SHA that is not one, as it is", () => {
    expect(withReviewedHead("plain", SHA)).toBe("plain");
    expect(withReviewedHead(`${COMMENT_MARKER}\nx`, "HEAD")).toBe(`${COMMENT_MARKER}\nx`);
  });
});
