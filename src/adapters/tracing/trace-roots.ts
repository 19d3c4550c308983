// What the root span of a review's trace and of an eval run's trace say, and what each prompt version adds.

import type { EvalReport } from "../../core/report/eval-report.js";
import type { ReviewReport } from "../../core/report/report.js";
import type { TraceRoot } from "./build-spans.js";

export interface ReviewSummary {
  report: ReviewReport;
  /** `owner/name`, when the review ran for a GitHub repository. */
  repo?: string;
  pullRequest?: number;
}

export function describeReview({ report, repo, pullRequest }: ReviewSummary): TraceRoot {
  return {
    name: "promptgate review",
    failed: report.verdict === "error",
    attributes: {
      "promptgate.verdict": report.verdict,
      "promptgate.incomplete": report.incomplete,
      "vcs.ref.base.revision": report.base.sha,
      "vcs.ref.head.revision": report.head.sha,
      "vcs.ref.base.name": report.base.ref,
      "vcs.ref.head.name": report.head.ref,
      "promptgate.prompts": report.prompts.length,
      "promptgate.calls.total": report.calls.total,
      "promptgate.calls.cached": report.calls.cached,
      "promptgate.calls.failed": report.calls.failed,
      "promptgate.cost_usd": report.costUsd,
      ...(repo ? { "vcs.repository.name": repo } : {}),
      ...(pullRequest !== undefined ? { "vcs.change.id": String(pullRequest) } : {}),
    },
    versionAttributes(path, version) {
      const prompt = report.prompts.find((p) => p.path === path);
      const stats = prompt?.[version];
      return {
        "promptgate.version.sha": report[version].sha,
        ...(prompt
          ? { "promptgate.prompt.verdict": prompt.verdict, "promptgate.prompt.change": prompt.change }
          : {}),
        ...(stats ? { "promptgate.pass_rate": stats.passRate, "promptgate.samples": stats.samples } : {}),
      };
    },
  };
}

/** An eval run has one version of one prompt (recorded as `head`): the working tree or `--ref`. */
export function describeEval(report: EvalReport): TraceRoot {
  return {
    name: "promptgate eval",
    failed: report.incomplete,
    attributes: {
      "promptgate.prompt.path": report.path,
      "promptgate.pass_rate": report.passRate,
      "promptgate.incomplete": report.incomplete,
      "promptgate.calls.total": report.calls.total,
      "promptgate.calls.cached": report.calls.cached,
      "promptgate.calls.failed": report.calls.failed,
      "promptgate.cost_usd": report.costUsd,
    },
    versionAttributes: () => ({
      "promptgate.pass_rate": report.passRate,
      "promptgate.repeats": report.repeats,
    }),
  };
}
