// The demo reviews the bundled example offline: its recorded answers must cover every call (`npm run demo:record`).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module shared with the demo
import { buildDemoRepo } from "../scripts/demo/build-demo-repo.mjs";
import { reviewDemoRepo } from "./support/demo-review.js";

const repo: string = buildDemoRepo();
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("npm run demo", () => {
  it("finds the example's regression from the recorded answers alone (run `npm run demo:record` if not)", async () => {
    const report = await reviewDemoRepo(repo);
    expect(report.errors).toEqual([]);
    expect(report.calls.cached).toBe(report.calls.total);
    expect(report.verdict).toBe("fail");
    const prompt = report.prompts[0]!;
    expect(prompt.cases.filter((c) => c.change === "regressed").length).toBeGreaterThanOrEqual(8);
    // The broken refund answers are the headline: a significant pass-rate drop, not only the cost rise.
    expect(prompt.reasons[0]).toMatch(/^Pass rate fell .*a significant drop/);
    expect(prompt.delta!.costPerCallPct).toBeGreaterThan(25);
  });

  it("gives the figures the README quotes for its screenshots", async () => {
    const prompt = (await reviewDemoRepo(repo)).prompts[0]!;
    const base = Math.round(prompt.base!.passRate * 100);
    const head = Math.round(prompt.head!.passRate * 100);
    const readme = readFileSync(join(import.meta.dirname, "../README.md"), "utf8");
    const quoted = `pass rate fell ${base - head} points (${base}% → ${head}%)`;
    expect(readme.split(quoted).length - 1).toBe(2);
  });

  it("says plainly that the answers are recorded examples and how to use a real model", () => {
    const script = readFileSync(join(import.meta.dirname, "../scripts/demo.mjs"), "utf8");
    expect(script).toContain("example responses written for this demo, not a live model");
    expect(script).toContain("OPENAI_API_KEY");
    expect(script).toContain("OPENAI_BASE_URL");
  });
});

describe("the re-run command the demo prints", () => {
  it("runs as printed, pasted into a shell in another folder with OPENAI_BASE_URL set", () => {
    const demo = spawnSync(process.execPath, ["scripts/demo.mjs"], {
      encoding: "utf8",
      env: { ...process.env },
    });
    expect(demo.status).toBe(0);
    const lines = demo.stdout.split("\n");
    const command = lines[lines.findIndex((l) => l.startsWith("Run it again")) + 1]?.trim();
    expect(command).toMatch(/ review .*--offline/);
    const elsewhere = mkdtempSync(join(tmpdir(), "promptgate-paste-"));
    const demoRepo = /^Demo repository: (.+)$/m.exec(demo.stdout)?.[1];
    try {
      const env = { ...process.env, NO_COLOR: "1", OPENAI_BASE_URL: "http://127.0.0.1:9/v1" };
      const run = spawnSync("sh", ["-c", command!], { cwd: elsewhere, encoding: "utf8", env });
      // The recorded regression, every answer from the cache: exit 1 is the gate failing, not an error.
      expect(run.stderr).not.toContain("no cached answer");
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/calls 32 \(32 cached, 0 failed/);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
      if (demoRepo) rmSync(demoRepo, { recursive: true, force: true });
    }
  });
});
