// `promptgate review`: compare base and head of every changed prompt in a local git repository.
import { existsSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { writeCommentPreview } from "../adapters/comment-preview.js";
import { createGitRepoReader } from "../adapters/git-repo.js";
import { InputError } from "../core/diagnostics.js";
import type { ReviewReport } from "../core/report/report.js";
import { renderDryRunMarkdown } from "../render/dry-run-markdown.js";
import { renderComment } from "../render/markdown-comment.js";
import { renderTerminalDryRun } from "../render/terminal-dry-run.js";
import { renderTerminalSummary } from "../render/terminal-summary.js";
import { buildErrorReport, review } from "../review/index.js";
import { cacheFactory, cacheModeOf, modelFactory, readConfigOverride } from "./adapters.js";
import { type ReviewArgs, reviewHelp, UsageError } from "./args.js";
import { exitCodeFor } from "./exit-code.js";
import { createCliTelemetry } from "./telemetry.js";
import { createProgress, detectTerminal } from "./terminal.js";

export async function runReviewCommand(args: ReviewArgs): Promise<number> {
  if (args.help) {
    process.stdout.write(`${reviewHelp}\n`);
    return 0;
  }
  checkOutputPaths(args);
  const terminal = detectTerminal();
  const repo = createGitRepoReader(args.repo);
  const base = args.base ?? (await repo.defaultBaseRef());
  const progress = createProgress(terminal.progress, terminal.width);
  const { logger, tracing } = createCliTelemetry(args.trace);
  const reviewed = await reviewOrErrorReport(args, base, () =>
    review(
      {
        repo,
        logger,
        createModel: modelFactory(args.offline),
        createCache: cacheFactory(args.repo, args, logger),
        cacheMode: cacheModeOf(args),
        onProgress: (s) => progress.fromStats(s),
        createTracer: (config) => tracing.createTracer(config),
      },
      {
        base,
        head: args.head,
        configPath: args.config,
        configOverride: readConfigOverride(args.repo, args.config),
        dryRun: args.dryRun,
        repeats: args.repeats,
      },
    ),
  ).finally(() => progress.end());
  const report = await tracing.recordExperiments(reviewed);
  await tracing.finish({ report });
  writeOutputs(report, args);
  const render = report.dryRun ? renderTerminalDryRun : renderTerminalSummary;
  process.stdout.write(render(report, { color: terminal.color, width: terminal.width }));
  return exitCodeFor(report);
}

/** Output files are checked before any call is paid for: a typo in a path must not waste a run. */
function checkOutputPaths(args: ReviewArgs): void {
  for (const [flag, path] of [
    ["--json", args.json],
    ["--markdown", args.markdown],
    ["--preview", args.preview],
    ["--trace", args.trace],
  ] as const) {
    if (path === undefined) continue;
    const dir = dirname(resolve(path));
    if (!existsSync(dir)) throw new UsageError(`${flag} ${path}: the directory ${dir} does not exist`);
  }
}

/**
 * A review that cannot start (bad config at base, unknown ref) still leaves a JSON report with `verdict: error`
 * for CI that reads `--json`; the error itself is rethrown for the message and exit code 2.
 */
async function reviewOrErrorReport(args: ReviewArgs, base: string, run: () => Promise<ReviewReport>) {
  try {
    return await run();
  } catch (error) {
    if (args.json && error instanceof InputError) {
      const report = buildErrorReport(error, { base, head: args.head });
      writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
    }
    throw error;
  }
}

function writeOutputs(report: ReviewReport, args: ReviewArgs): void {
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = report.dryRun ? renderDryRunMarkdown(report) : renderComment(report);
  if (args.markdown) writeFileSync(args.markdown, markdown);
  if (args.preview) writeCommentPreview(args.preview, markdown, { title: `promptgate: ${report.verdict}` });
}
