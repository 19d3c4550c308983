// Every package the lock file installs runs on the oldest Node.js the project supports, so `npm ci` prints no
// EBADENGINE warning and nothing in the bundle relies on a newer runtime than `engines` promises.
import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

interface LockFile {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; dev?: boolean }>;
}

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as LockFile;

describe("engines", () => {
  it("names a minimum Node.js version", () => {
    expect(semver.minVersion(pkg.engines.node)?.version).toBe("20.19.0");
  });

  it("every locked package accepts that minimum (npm ci would warn EBADENGINE otherwise)", () => {
    const oldest = semver.minVersion(pkg.engines.node)!;
    const refused = Object.entries(lock.packages)
      .filter(([path]) => path !== "")
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !semver.satisfies(oldest, range) ? [`${path}@${entry.version}: node ${range}`] : [];
      });
    expect(refused).toEqual([]);
  });
});
