// The built Action in `mode: monitor` on a `schedule` event, against the local fake GitHub and model server:
// stable, stable, worse model → one drift issue with the chart; restored → closed; unchanged → only the data branch.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseActionInputs } from "../../src/action/inputs.js";
import { RECORDS_DIR } from "../../src/adapters/github/data-branch.js";
import { DRIFT_LABEL } from "../../src/render/drift-issue.js";
import { CITIES_PROMPT, citiesResponder } from "../support/cities-prompt.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { copyFreshDist, REPO_ROOT, runDist } from "./support/run-dist.js";

/** The model as it is on a given night: `worse` forgets two cities in three. */
let model: "good" | "worse" = "good";
let github: FakeGitHubServer;
let openai: FakeOpenAIServer;
let script: string;
let runnerTemp: string;
let mainSha: string;

beforeAll(async () => {
  script = copyFreshDist();
  github = await startFakeGitHubServer();
  openai = await startFakeOpenAIServer({
    respond: citiesResponder(() => model),
  });
  const main = github.addCommit({
    files: {
      "promptgate.yml": "prompts:\n  - prompts/**/*.prompt.yml\n",
      "prompts/cities.prompt.yml": CITIES_PROMPT,
    },
    message: "prompts",
  });
  github.setBranch("main", main);
  mainSha = main;
  runnerTemp = mkdtempSync(join(tmpdir(), "promptgate-runner-"));
});
afterAll(async () => {
  await github?.close();
  await openai?.close();
});

async function monitorRun() {
  const before = github.writes().length;
  const result = await runDist({
    script,
    eventName: "schedule",
    event: {
      schedule: "0 3 * * *",
      repository: { full_name: "octo-org/prompts", default_branch: "main" },
    },
    runnerTemp,
    githubUrl: github.url,
    inputs: { "github-token": "ghs_job_token", "openai-api-key": "sk-test-key", mode: "monitor" },
    env: { OPENAI_BASE_URL: openai.url },
  });
  expect(result.code, result.stderr + result.stdout).toBe(0);
  return { ...result, writes: github.writes().slice(before) };
}

const driftIssues = () => [...github.state.issues.values()].filter((i) => i.labels.includes(DRIFT_LABEL));
const onlyDataBranch = (writes: { path: string }[]) =>
  writes.every((w) => /\/git\/(blobs|trees|commits|refs)/.test(w.path));

it("opens one drift issue when the model declines, closes it on recovery, and writes only baselines otherwise", async () => {
  for (const _ of [1, 2]) {
    const run = await monitorRun();
    expect(onlyDataBranch(run.writes)).toBe(true);
    expect(run.summary).toContain("No prompt declined.");
  }
  expect(driftIssues()).toHaveLength(0);
  const dataHead = github.state.git.branches.get("promptgate-data")!;
  const tree = github.state.git.trees.get(github.state.git.commits.get(dataHead)!.treeSha)!;
  expect([...tree.keys()]).toEqual([`${RECORDS_DIR}/prompts%2Fcities.prompt.yml.json`]);

  model = "worse";
  const worse = await monitorRun();
  expect(driftIssues()).toHaveLength(1);
  const issue = driftIssues()[0]!;
  expect(issue.state).toBe("open");
  expect(issue.body).toContain("xychart-beta");
  expect(issue.body).toContain("prompts/cities.prompt.yml");
  expect(worse.summary).toContain("xychart-beta");

  model = "good";
  const restored = await monitorRun();
  expect(driftIssues()).toHaveLength(1);
  expect(issue.state).toBe("closed");
  expect(github.state.comments.filter((c) => c.issueNumber === issue.number)).toHaveLength(1);
  expect(restored.summary).toContain("back within the margin");

  const unchanged = await monitorRun();
  expect(onlyDataBranch(unchanged.writes)).toBe(true);
  expect(unchanged.writes.length).toBeGreaterThan(0);
  expect(github.state.git.branches.get("main")).toBe(mainSha);
  expect(driftIssues()).toHaveLength(1);
  // The verdicts of the CLI's `--baseline DIR` sequence (test/cli/monitor-command.test.ts), read off the data branch.
  const { git } = github.state;
  const last = git.trees.get(git.commits.get(git.branches.get("promptgate-data")!)!.treeSha)!;
  const record = JSON.parse(git.blobs.get(last.get(`${RECORDS_DIR}/prompts%2Fcities.prompt.yml.json`)!)!);
  expect(record.history.map((p: { status: string }) => p.status)).toEqual([
    "recorded",
    "stable",
    "drift",
    "recovered",
    "stable",
  ]);
}, 120_000);

it("the README's monitor workflow grants what the mode writes and passes inputs the Action accepts", () => {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Drift monitor"), readme.indexOf("## GitHub Action"));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const workflow = parseYaml(blocks.find((b) => b.includes("mode: monitor"))!) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: { monitor: { steps: { with?: Record<string, string> }[] } };
  };
  expect(Object.keys(workflow.on)).toContain("schedule");
  expect(workflow.permissions).toEqual({ contents: "write", issues: "write" });
  const step = workflow.jobs.monitor.steps.find((s) => s.with?.mode === "monitor")!;
  const inputs = parseActionInputs((name) => step.with?.[name] ?? "");
  expect(inputs).toMatchObject({ mode: "monitor", "data-branch": "promptgate-data" });
});

it("stops its calls at the deadline: the cut-short run is inconclusive, never the baseline, and opens no issue", async () => {
  const slowGitHub = await startFakeGitHubServer();
  const slowModel = await startFakeOpenAIServer({ latencyMs: 400, respond: () => "The city is City1." });
  try {
    const files = {
      "promptgate.yml": "prompts:\n  - prompts/**/*.prompt.yml\n",
      "prompts/cities.prompt.yml": CITIES_PROMPT,
    };
    slowGitHub.setBranch("main", slowGitHub.addCommit({ files, message: "prompts" }));
    const result = await runDist({
      script,
      eventName: "schedule",
      event: { schedule: "0 3 * * *", repository: { full_name: "octo-org/prompts", default_branch: "main" } },
      runnerTemp,
      githubUrl: slowGitHub.url,
      inputs: {
        "github-token": "ghs_job_token",
        "openai-api-key": "sk-test-key",
        mode: "monitor",
        "deadline-minutes": "0.005",
      },
      env: { OPENAI_BASE_URL: slowModel.url },
    });
    expect(result.code, result.stderr + result.stdout).toBe(0);
    expect(slowGitHub.state.issues.size).toBe(0);
    const { git } = slowGitHub.state;
    const tree = git.trees.get(git.commits.get(git.branches.get("promptgate-data")!)!.treeSha)!;
    const record = JSON.parse(git.blobs.get(tree.get(`${RECORDS_DIR}/prompts%2Fcities.prompt.yml.json`)!)!);
    expect(record.baseline).toEqual([]);
    expect(record.history.map((h: { status: string }) => h.status)).toEqual(["inconclusive"]);
  } finally {
    await slowGitHub.close();
    await slowModel.close();
  }
}, 60_000);
