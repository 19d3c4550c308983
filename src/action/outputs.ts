// What a run leaves behind: step outputs, the JSON report file in RUNNER_TEMP and the job summary.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as core from "@actions/core";
import type { ReviewReport } from "../core/report/report.js";
import type { CheckConclusion } from "../render/check-output.js";

/** What one run of the Action produced; every field is optional because a run may stop early. */
export interface ActionOutcome {
  report?: ReviewReport;
  conclusion?: CheckConclusion;
  checkRunId?: number;
  commentUrl?: string;
  /** Job summary Markdown. */
  summary: string;
  /** Pull request number, for the report's file name. */
  pullNumber?: number;
  /** Why the run wrote nothing (stale head, fork, waiting for a label…). */
  notice?: string;
  /** The PR head moved on: a newer run owns the verdict, so this one neither writes nor fails. */
  stale?: boolean;
  /** Label that accepts a regression (config `labels.accept`), named in the failure message. */
  acceptLabel?: string;
}

/** Writes the report (when there is one) and returns its path. */
export async function writeReportFile(
  dir: string,
  outcome: ActionOutcome,
  redact: (text: string) => string = (text) => text,
): Promise<string | undefined> {
  if (!outcome.report) return undefined;
  await mkdir(dir, { recursive: true });
  const path = join(dir, `promptgate-report${outcome.pullNumber ? `-pr-${outcome.pullNumber}` : ""}.json`);
  await writeFile(path, redact(`${JSON.stringify(outcome.report, null, 2)}\n`), "utf8");
  return path;
}

/** `redact` strips the job's secrets from the report file, the notice and the job summary. */
export async function publishOutcome(
  outcome: ActionOutcome,
  tempDir: string,
  redact: (text: string) => string = (text) => text,
): Promise<void> {
  const reportPath = await writeReportFile(tempDir, outcome, redact);
  const outputs: Record<string, string | number | undefined> = {
    verdict: outcome.report?.verdict,
    report: reportPath,
    "comment-url": outcome.commentUrl,
    "check-run-id": outcome.checkRunId,
    "cost-usd": outcome.report ? outcome.report.costUsd.toFixed(6) : undefined,
  };
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) core.setOutput(name, String(value));
  }
  if (outcome.notice) core.notice(redact(outcome.notice));
  // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write it; the log has the details.
  if (process.env.GITHUB_STEP_SUMMARY && outcome.summary)
    await core.summary.addRaw(redact(outcome.summary), true).write();
}

/** The step's failure message, or undefined when the step passes. An error never passes. */
export function describeFailingOutcome(
  outcome: ActionOutcome,
  failOn: "regression" | "never",
): string | undefined {
  const verdict = outcome.report?.verdict;
  if (outcome.stale) return undefined;
  if (verdict === "error")
    return `promptgate could not review every prompt: see the errors in ${describeWhere(outcome)}.`;
  if (failOn !== "regression" || outcome.conclusion !== "failure") return undefined;
  if (verdict === "inconclusive") {
    return "promptgate: the review is inconclusive and the gate's `onInconclusive` is `fail`: add rows to the eval set (the comment says how many).";
  }
  const label = outcome.acceptLabel ?? "promptgate:accept";
  return (
    "promptgate: the prompt change is a regression (the `promptgate` check failed; see the comment). " +
    `Fix the prompt, or accept the regression by adding the \`${label}\` label.`
  );
}

/** Where the run wrote its errors: only the places it actually wrote (a restricted run writes neither). */
function describeWhere(outcome: ActionOutcome): string {
  const places = [
    ...(outcome.checkRunId !== undefined ? ["the `promptgate` check"] : []),
    ...(outcome.commentUrl ? ["the comment"] : []),
  ];
  return places.length > 0 ? places.join(" and ") : "the job summary";
}
