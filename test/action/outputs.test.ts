// When the step fails, and the report file the `report` output points at.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeActionError, MissingApiKeyError } from "../../src/action/action-errors.js";
import { describeFailingOutcome, writeReportFile } from "../../src/action/outputs.js";
import { MissingPermissionError, RepositorySettingError } from "../../src/adapters/github/errors.js";
import { InputError } from "../../src/core/diagnostics.js";
import type { ReviewReport } from "../../src/core/report/report.js";

function report(verdict: ReviewReport["verdict"]): ReviewReport {
  return {
    schemaVersion: 1,
    verdict,
    incomplete: false,
    dryRun: false,
    base: { ref: "main", sha: "b".repeat(40) },
    head: { ref: "change", sha: "c".repeat(40) },
    prompts: [],
    calls: { total: 0, cached: 0, failed: 0, retried: 0 },
    costUsd: 0.0123,
    errors: [],
    gate: { margin: 0.05, confidence: 0.95, repeats: 3, onInconclusive: "neutral" },
  };
}

describe("describeFailingOutcome", () => {
  it("fails the step on a failing check with fail-on: regression, naming the accept label", () => {
    const outcome = {
      report: report("fail"),
      conclusion: "failure" as const,
      summary: "",
      acceptLabel: "ok-to-ship",
    };
    expect(describeFailingOutcome(outcome, "regression")).toMatch(/regression.*`ok-to-ship` label/);
    expect(describeFailingOutcome(outcome, "never")).toBeUndefined();
  });

  it("passes an accepted regression and an inconclusive review that the gate lets through", () => {
    expect(
      describeFailingOutcome({ report: report("fail"), conclusion: "success", summary: "" }, "regression"),
    ).toBeUndefined();
    expect(
      describeFailingOutcome(
        { report: report("inconclusive"), conclusion: "neutral", summary: "" },
        "regression",
      ),
    ).toBeUndefined();
  });

  it("explains a failing inconclusive review", () => {
    const outcome = { report: report("inconclusive"), conclusion: "failure" as const, summary: "" };
    expect(describeFailingOutcome(outcome, "regression")).toMatch(/inconclusive.*onInconclusive/);
  });

  it("never lets an error verdict pass, whatever fail-on says, unless a newer push took over", () => {
    const outcome = { report: report("error"), conclusion: "failure" as const, summary: "" };
    expect(describeFailingOutcome(outcome, "never")).toMatch(/could not review/);
    expect(describeFailingOutcome({ ...outcome, stale: true }, "never")).toBeUndefined();
  });

  it("points an error at what the run wrote: check and comment, only the check, or the job summary", () => {
    const outcome = { report: report("error"), summary: "" };
    const written = {
      ...outcome,
      checkRunId: 41,
      commentUrl: "https://github.com/o/r/pull/7#issuecomment-1",
    };
    expect(describeFailingOutcome(written, "regression")).toMatch(
      /in the `promptgate` check and the comment\.$/,
    );
    expect(describeFailingOutcome({ ...outcome, checkRunId: 41 }, "regression")).toMatch(/check\.$/);
    // A restricted run (or comment: false without a check) wrote neither.
    const restricted = describeFailingOutcome(outcome, "regression")!;
    expect(restricted).toMatch(/see the errors in the job summary\.$/);
    expect(restricted).not.toMatch(/check|comment/);
  });
});

describe("writeReportFile", () => {
  it("writes the JSON report named after the pull request and returns its path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pg-report-"));
    const path = await writeReportFile(dir, { report: report("pass"), summary: "", pullNumber: 7 });
    expect(path).toBe(join(dir, "promptgate-report-pr-7.json"));
    expect(JSON.parse(readFileSync(path!, "utf8"))).toMatchObject({ schemaVersion: 1, verdict: "pass" });
    expect(await writeReportFile(dir, { summary: "" })).toBeUndefined();
  });
});

describe("describeActionError", () => {
  it("says how to grant a missing permission", () => {
    const message = describeActionError(new MissingPermissionError("checks: write", "create the check run"));
    expect(message).toContain("permissions:");
    expect(message).toContain("checks: write");
  });

  it("points a refused pull request at the repository setting, not at permissions", () => {
    const message = describeActionError(new RepositorySettingError("open the rollback pull request"));
    expect(message).toContain("Settings → Actions → General → Workflow permissions");
    expect(message).not.toContain("permissions:\n");
  });

  it("names the input and the secret when the key is missing", () => {
    const message = describeActionError(new MissingApiKeyError("OPENAI_API_KEY"));
    expect(message).toContain("`openai-api-key` input");
    expect(message).toContain(`\${{ secrets.OPENAI_API_KEY }}`);
  });

  it("keeps located input errors and explains a rejected token", () => {
    expect(
      describeActionError(
        new InputError({ file: "promptgate.yml", line: 3, field: "gate.margin", message: "too big" }),
      ),
    ).toBe("promptgate could not review:\npromptgate.yml:3: gate.margin: too big");
    expect(describeActionError(Object.assign(new Error("Bad credentials"), { status: 401 }))).toMatch(
      /github-token/,
    );
  });
});
