// The built `promptgate` bin runs as a user runs it: `node dist/cli.js …`.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { version } from "../../src/cli/version.js";
import { createGitFixture } from "../support/git-fixture.js";

const run = promisify(execFile);
const bin = "dist/cli.js";

async function runBin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("dist/cli.js", () => {
  it("is the package's bin and prints the package version", async () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
      version: string;
      bin: Record<string, string>;
    };
    expect(pkg.bin.promptgate).toBe(bin);
    expect(version).toBe(pkg.version);
    expect((await runBin(["--version"])).stdout.trim()).toBe(pkg.version);
  });

  it("runs a dry-run review of a real repository", async () => {
    const repo = createGitFixture();
    repo.write("a.prompt.yml", "messages:\n  - role: user\n    content: Hello there\n");
    await repo.commit("base");
    repo.write("a.prompt.yml", "messages:\n  - role: user\n    content: Hello there, friend\n");
    await repo.commit("head");
    const result = await runBin(["review", "--dry-run", "--repo", repo.dir, "--base", "HEAD~1"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("a.prompt.yml");
  });

  it("exits 2 with a usage hint for an unknown command", async () => {
    const result = await runBin(["reveiw"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command: reveiw");
  });
});
