// Action benchmark: wall time of `node dist/index.js` on a pull request without prompt changes, and bundle size.
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { buildPullRequestEvent } from "../test/action/support/events.js";
import { REPO_ROOT, runDist } from "../test/action/support/run-dist.js";
import { startFakeGitHubServer } from "../test/support/fake-github/server.js";
import { type BenchSection, formatNumber, formatSection } from "./report.js";

/** The no-prompt-change path must complete the required check within this, from process start. */
const TARGET_MS = 1000;
const RUNS = 7;

export interface ActionBenchFigures {
  noPromptChange: { runs: number; medianMs: number; maxMs: number };
  bundleBytes: number;
  sections: BenchSection[];
}

/** Runs the built bundle as the runner does, against a loopback fake GitHub; `npm run bench` builds dist first. */
export async function runActionBench(): Promise<ActionBenchFigures> {
  const script = join(REPO_ROOT, "dist/index.js");
  // The entry imports shared chunks; the bundle is everything under dist/ (the CLI and the App share the chunks).
  const distDir = dirname(script);
  const bundleBytes = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  const github = await startFakeGitHubServer();
  const times: number[] = [];
  try {
    const base = github.addCommit({
      files: { "prompts/support.prompt.yml": "name: s\nmessages: []\n", "README.md": "# a\n" },
    });
    const head = github.addCommit({ files: { "README.md": "# b\n" }, parent: base });
    github.setBranch("main", base);
    github.setBranch("docs", head);
    github.addPullRequest({ number: 1, baseSha: base, headSha: head, headRef: "docs" });
    for (let i = 0; i < RUNS; i++) {
      const run = await runDist({
        script,
        eventName: "pull_request",
        event: buildPullRequestEvent({ number: 1, baseSha: base, headSha: head, headRef: "docs" }),
        runnerTemp: mkdtempSync(join(tmpdir(), "promptgate-bench-")),
        githubUrl: github.url,
        inputs: { "github-token": "ghs_bench", comment: "true", "fail-on": "regression" },
      });
      if (run.code !== 0 || run.outputs.verdict !== "skipped")
        throw new Error(`run failed:\n${run.stdout}${run.stderr}`);
      times.push(run.ms);
    }
  } finally {
    await github.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const figures = {
    noPromptChange: { runs: RUNS, medianMs: sorted[Math.floor(RUNS / 2)]!, maxMs: sorted.at(-1)! },
    bundleBytes,
  };
  const sections = [buildSection(figures)];
  for (const section of sections) console.log(formatSection(section));
  return { ...figures, sections };
}

function buildSection(figures: Omit<ActionBenchFigures, "sections">): BenchSection {
  const { medianMs, maxMs, runs } = figures.noPromptChange;
  return {
    title: "Action: no-prompt-change run of dist/index.js (check completed, process exited)",
    rows: [
      {
        metric: `wall time from process start, median of ${runs}`,
        value: `${formatNumber(medianMs, 0)} ms`,
        target: `< ${TARGET_MS} ms`,
        pass: medianMs < TARGET_MS,
      },
      { metric: "wall time, slowest run", value: `${formatNumber(maxMs, 0)} ms` },
      {
        metric: "bundle size, dist/ (entries and shared chunks)",
        value: `${formatNumber(figures.bundleBytes / 1024 / 1024, 2)} MiB`,
      },
    ],
  };
}
