// `promptgate review`: compare base and head of every changed prompt in a local git repository.
import { writeFileSync } from "node:fs";
import { createGitRepoReader } from "../adapters/git-repo.js";
import type { ReviewReport } from "../core/report.js";
import { renderDryRunMarkdown } from "../render/dry-run-markdown.js";
import { renderComment } from "../render/markdown-comment.js";
import { renderTerminalDryRun } from "../render/terminal-dry-run.js";
import { renderTerminalSummary } from "../render/terminal-summary.js";
import { review } from "../review.js";
import { cacheFactory, cacheModeOf, modelFactory, readConfigOverride } from "./adapters.js";
import { type ReviewArgs, reviewHelp } from "./args.js";
import { exitCodeFor } from "./exit-code.js";
import { createConsoleLogger } from "./logger.js";
import { createProgress, detectTerminal } from "./terminal.js";

export async function runReviewCommand(args: ReviewArgs): Promise<number> {
  if (args.help) {
    process.stdout.write(`${reviewHelp}\n`);
    return 0;
  }
  const terminal = detectTerminal();
  const repo = createGitRepoReader(args.repo);
  const base = args.base ?? (await repo.defaultBaseRef());
  const progress = createProgress(terminal.progress, terminal.width);
  const report = await review(
    {
      repo,
      logger: createConsoleLogger(),
      createModel: modelFactory(args.offline),
      createCache: cacheFactory(args.repo, args),
      cacheMode: cacheModeOf(args),
      onProgress: (s) => progress.fromStats(s),
    },
    {
      base,
      head: args.head,
      configPath: args.config,
      configOverride: readConfigOverride(args.repo, args.config),
      dryRun: args.dryRun,
      repeats: args.repeats,
    },
  ).finally(() => progress.end());
  writeOutputs(report, args);
  const render = report.dryRun ? renderTerminalDryRun : renderTerminalSummary;
  process.stdout.write(render(report, { color: terminal.color, width: terminal.width }));
  return exitCodeFor(report);
}

function writeOutputs(report: ReviewReport, args: ReviewArgs): void {
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  if (args.markdown) {
    writeFileSync(args.markdown, report.dryRun ? renderDryRunMarkdown(report) : renderComment(report));
  }
}
