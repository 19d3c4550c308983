// Tests of src/adapters/disk-reader.ts: the CLI's one reader of prompt and eval-data files on disk.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDiskReader } from "../../src/adapters/disk-reader.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("createDiskReader", () => {
  it("reads a path relative to the root, null when there is no such file", async () => {
    dir = mkdtempSync(join(tmpdir(), "promptgate-disk-"));
    writeFileSync(join(dir, "rows.jsonl"), '{"a":"1"}\n');
    const read = createDiskReader(dir);
    expect(await read("rows.jsonl")).toBe('{"a":"1"}\n');
    expect(await read("missing.csv")).toBeNull();
  });

  it("refuses a binary file with a located error instead of returning garbage", async () => {
    dir = mkdtempSync(join(tmpdir(), "promptgate-disk-"));
    writeFileSync(join(dir, "data.csv"), Buffer.from([0x61, 0x0a, 0x00, 0x62]));
    await expect(createDiskReader(dir)("data.csv")).rejects.toThrow(/data\.csv/);
  });
});
