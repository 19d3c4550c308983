// Tests of src/core/config/input-limits.ts: size limits name the file, the size and the limit's key.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/config-schema.js";
import { checkFileSize } from "../../../src/core/config/input-limits.js";
import { formatBytes } from "../../../src/core/format/count.js";

const limits = { ...defaultConfig.limits, maxPromptBytes: 1024, maxDataBytes: 2048 };

describe("checkFileSize", () => {
  it("accepts a file at its limit, counting UTF-8 bytes, not characters", () => {
    expect(checkFileSize("p.prompt.yml", "a".repeat(1024), "prompt", limits)).toBeUndefined();
    // 400 three-byte characters: 400 characters but 1,200 bytes.
    expect(checkFileSize("p.prompt.yml", "€".repeat(400), "prompt", limits)).toMatchObject({
      file: "p.prompt.yml",
      message: expect.stringContaining("1.2 KiB, over `limits.maxPromptBytes` (1 KiB)"),
    });
  });

  it("holds data files to their own limit", () => {
    expect(checkFileSize("d/rows.jsonl", "x".repeat(2000), "data", limits)).toBeUndefined();
    expect(checkFileSize("d/rows.jsonl", "x".repeat(2049), "data", limits)?.message).toContain(
      "over `limits.maxDataBytes` (2 KiB)",
    );
  });

  it("has the documented defaults: 256 KiB prompts, 20 MiB data, 10,000 rows", () => {
    expect(defaultConfig.limits).toEqual({
      maxPromptBytes: 262_144,
      maxDataBytes: 20_971_520,
      maxRows: 10_000,
    });
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MiB");
    expect(formatBytes(300)).toBe("300 bytes");
  });
});
