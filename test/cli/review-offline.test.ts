// `promptgate review --offline` on the demo repository: a cache miss is an error that names the cases it hit.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module shared with the demo
import { buildDemoRepo } from "../../scripts/demo/build-demo-repo.mjs";
import type { ReviewReport } from "../../src/core/report/report.js";
import { runCliCaptured } from "../support/run-cli.js";

const repo: string = buildDemoRepo();
const emptyCache = mkdtempSync(join(tmpdir(), "promptgate-empty-cache-"));
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(emptyCache, { recursive: true, force: true });
});

describe("review --offline with an empty cache", () => {
  it("exits 2 and names the cases that have no cached answer, in the headline and the JSON report", async () => {
    const json = join(repo, "report.json");
    const args = ["review", "--repo", repo, "--base", "main", "--head", "tidy-wording", "--offline"];
    const result = await runCliCaptured([...args, "--cache-dir", emptyCache, "--json", json]);
    expect(result.code).toBe(2);
    const report = JSON.parse(readFileSync(json, "utf8")) as ReviewReport;
    const miss = report.errors.find((e) => e.message.includes("no cached answer"));
    expect(miss?.path).toBe("prompts/support.prompt.yml");
    // 16 cases × one answer × base and head, none in the cache; the first cases are named by their rows.
    expect(miss?.message).toMatch(/^32 samples have no cached answer \(--offline\): cases row 1, row 2, /);
    expect(miss?.message).toContain("and 11 more");
    expect(miss?.message).toContain("Run once without --offline");
    const output = result.stdout + result.stderr;
    expect(output).toContain("prompts/support.prompt.yml: 32 samples have no cached answer (--offline)");
    expect(output).not.toContain("could not be reviewed:  (");
  });
});
