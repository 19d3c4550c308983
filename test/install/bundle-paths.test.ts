// The committed bundle must come out the same in any checkout: no file of dist/ may carry the path it was built in.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("dist/", () => {
  it("names no absolute path of the checkout it was built in", () => {
    // test/global-setup.ts has just built dist/ in this checkout.
    const checkout = process.cwd();
    const carrying = listFiles("dist").filter((file) => readFileSync(file, "utf8").includes(checkout));
    expect(carrying).toEqual([]);
  });
});
