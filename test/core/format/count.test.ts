// Tests of src/core/format/count.ts: counts and sizes, the same on every machine.
import { describe, expect, it } from "vitest";
import { formatBytes, formatInt, plural } from "../../../src/core/format/count.js";

describe("formatInt", () => {
  it("groups thousands with commas whatever the locale, rounds, and uses a true minus", () => {
    expect(formatInt(0)).toBe("0");
    expect(formatInt(999)).toBe("999");
    expect(formatInt(1234567)).toBe("1,234,567");
    expect(formatInt(12.6)).toBe("13");
    expect(formatInt(-4200)).toBe("−4,200");
  });
});

describe("plural", () => {
  it("counts a word, singular only for one", () => {
    expect(plural(0, "case")).toBe("0 cases");
    expect(plural(1, "case")).toBe("1 case");
    expect(plural(1200, "row")).toBe("1,200 rows");
    expect(plural(2, "repeat", "repeats")).toBe("2 repeats");
  });
});

describe("formatBytes", () => {
  it("shows bytes, then KiB and MiB with a decimal only when not whole", () => {
    expect(formatBytes(0)).toBe("0 bytes");
    expect(formatBytes(300)).toBe("300 bytes");
    expect(formatBytes(64 * 1024)).toBe("64 KiB");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MiB");
  });
});
