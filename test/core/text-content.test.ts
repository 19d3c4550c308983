// Tests of src/core/text-content.ts: binary content is refused at the reader edge, text passes unchanged.
import { describe, expect, it } from "vitest";
import { BinaryFileError, decodeText } from "../../src/core/text-content.js";
import { errorsOf } from "../support/input-errors.js";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))),
  );

describe("decodeText", () => {
  it("returns UTF-8 text as is, multi-byte characters and a byte-order mark included", () => {
    const text = "\uFEFFname: Grüße — 日本 🚀\nmessages: []\n";
    expect(decodeText("p.prompt.yml", Buffer.from(text, "utf8"))).toBe(text);
  });

  it("refuses a NUL byte, naming the file and the line it is on", () => {
    const png = bytes("name: x\nmessages: []\n", [0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
    expect(() => decodeText("prompts/logo.prompt.yml", png)).toThrow(BinaryFileError);
    expect(errorsOf(() => decodeText("prompts/logo.prompt.yml", png))).toEqual([
      {
        file: "prompts/logo.prompt.yml",
        line: 3,
        message: expect.stringMatching(/^binary content \(a NUL byte at byte 26\): not a text file/),
      },
    ]);
  });

  it("refuses invalid UTF-8 rather than reading it as replacement characters", () => {
    const latin1 = bytes("name: caf", [0xe9], "\n");
    expect(errorsOf(() => decodeText("d/rows.csv", latin1))).toEqual([
      { file: "d/rows.csv", message: expect.stringContaining("binary content (not valid UTF-8)") },
    ]);
  });
});
