// `promptgate review --dry-run` on real git repositories: what changed and what it costs, with no model call.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report/report.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";
import { runCliCaptured } from "../support/run-cli.js";

const prompt = (system: string, options: { model?: string; user?: string } = {}) => `name: Greeter
model: ${options.model ?? "openai/gpt-4o-mini"}
modelParameters:
  maxTokens: 100
messages:
  - role: system
    content: ${system}
  - role: user
    content: "${options.user ?? "Say hello to {{name}}."}"
testData:
  - name: Ada
  - name: Linus
evaluators:
  - name: greets by name
    string:
      contains: "{{name}}"
`;

const system = "You are a friendly greeter. Always answer in English.";
let server: FakeOpenAIServer;
let savedBaseUrl: string | undefined;

// Any model call would reach this server: it must see none.
beforeAll(async () => {
  server = await startFakeOpenAIServer();
  savedBaseUrl = process.env.OPENAI_BASE_URL;
  process.env.OPENAI_BASE_URL = server.url;
});
afterAll(async () => {
  expect(server.received).toBe(0);
  if (savedBaseUrl === undefined) delete process.env.OPENAI_BASE_URL;
  else process.env.OPENAI_BASE_URL = savedBaseUrl;
  await server.close();
});

async function baseRepo(): Promise<GitFixture> {
  const repo = createGitFixture();
  repo.write("prompts/greeter.prompt.yml", prompt(system));
  repo.write("prompts/old.prompt.yml", prompt("You are old."));
  repo.write("README.md", "# demo\n");
  await repo.commit("base");
  repo.git("checkout", "-q", "-b", "feature");
  return repo;
}

async function dryRun(
  repo: GitFixture,
): Promise<{ code: number; report: ReviewReport; stdout: string; stderr: string }> {
  const out = join(repo.dir, "out.json");
  const result = await runCliCaptured([
    "review",
    "--dry-run",
    "--repo",
    repo.dir,
    "--base",
    "main",
    "--json",
    out,
  ]);
  const report =
    result.code === 2 && result.stderr.includes("could not review") ? (undefined as never) : readJson(out);
  return { ...result, report };
}

function readJson(path: string): ReviewReport {
  return JSON.parse(readFileSync(path, "utf8")) as ReviewReport;
}

describe("promptgate review --dry-run", () => {
  it("reports a modified prompt with the removed sentence in the unified diff", async () => {
    const repo = await baseRepo();
    repo.write("prompts/greeter.prompt.yml", prompt("You are a friendly greeter."));
    await repo.commit("shorter");
    const { code, report, stdout } = await dryRun(repo);
    expect(code).toBe(0);
    expect(report.schemaVersion).toBe(1);
    const greeter = report.prompts.find((p) => p.path === "prompts/greeter.prompt.yml")!;
    expect(greeter.change).toBe("modified");
    expect(greeter.diff.unified).toContain(
      "-    content: You are a friendly greeter. Always answer in English.",
    );
    expect(greeter.estimate?.head?.inputTokensPerCall).toBeLessThan(
      greeter.estimate!.base!.inputTokensPerCall,
    );
    expect(stdout).toContain("prompts/greeter.prompt.yml");
    // Before anything is spent: the smallest drop these two rows could ever show, which is none.
    expect(greeter.estimate).toMatchObject({ gatedCases: 2, minDetectableDrop: 1 });
    expect(stdout).toContain("2 cases detect no drop at 95% power");
  });

  it("reports a model swap as modelChanged", async () => {
    const repo = await baseRepo();
    repo.write("prompts/greeter.prompt.yml", prompt(system, { model: "openai/gpt-4.1-mini" }));
    await repo.commit("model");
    const { report } = await dryRun(repo);
    expect(report.prompts[0]!.diff.modelChanged).toEqual({
      from: "openai/gpt-4o-mini",
      to: "openai/gpt-4.1-mini",
    });
    expect(report.prompts[0]!.estimate!.head!.costPerCallUsd).not.toBe(
      report.prompts[0]!.estimate!.base!.costPerCallUsd,
    );
  });

  it("warns that a model with no known price will be refused under the default budget.maxCostUsd", async () => {
    const repo = await baseRepo();
    repo.write("prompts/greeter.prompt.yml", prompt(system, { model: "acme-llm-70b" }));
    await repo.commit("unpriced model");
    const { report } = await dryRun(repo);
    expect(report.prompts[0]!.warnings).toContainEqual({
      file: "prompts/greeter.prompt.yml",
      field: "model",
      message: expect.stringMatching(/^model `acme-llm-70b` has no known price.*pricing: \{acme-llm-70b: /),
    });
  });

  it("names a new variable that the test rows have no value for, and exits 2", async () => {
    const repo = await baseRepo();
    repo.write(
      "prompts/greeter.prompt.yml",
      prompt(system, { user: "Say hello to {{name}} in {{language}}." }),
    );
    await repo.commit("new variable");
    const result = await runCliCaptured([
      "review",
      "--dry-run",
      "--repo",
      repo.dir,
      "--base",
      "main",
      "--json",
      join(repo.dir, "o.json"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain("prompts/greeter.prompt.yml");
    expect(result.stdout + result.stderr).toContain("{{language}}");
    const report = readJson(join(repo.dir, "o.json"));
    expect(report.verdict).toBe("error");
    expect(report.prompts[0]!.diff.variablesAdded).toEqual(["language"]);
  });

  it("skips a change that touches no prompt", async () => {
    const repo = await baseRepo();
    repo.write("README.md", "# demo\n\nMore words.\n");
    await repo.commit("docs");
    const { code, report } = await dryRun(repo);
    expect(code).toBe(0);
    expect(report.verdict).toBe("skipped");
    expect(report.prompts).toEqual([]);
  });

  it("stops with the file and line when the head YAML is broken", async () => {
    const repo = await baseRepo();
    repo.write("prompts/greeter.prompt.yml", `${prompt(system)}  - name: [unclosed\n`);
    await repo.commit("broken");
    const result = await runCliCaptured(["review", "--dry-run", "--repo", repo.dir, "--base", "main"]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/prompts\/greeter\.prompt\.yml:\d+/);
  });

  it("reports an added and a deleted prompt file as such", async () => {
    const repo = await baseRepo();
    repo.write(
      "prompts/new.prompt.yml",
      "name: Farewell\nmessages:\n  - role: user\n    content: Say goodbye.\n",
    );
    repo.remove("prompts/old.prompt.yml");
    await repo.commit("add and delete");
    const { code, report } = await dryRun(repo);
    expect(code).toBe(0);
    const changes = Object.fromEntries(report.prompts.map((p) => [p.path, p.change]));
    expect(changes).toEqual({ "prompts/new.prompt.yml": "added", "prompts/old.prompt.yml": "deleted" });
  });

  it("writes the diff part of the PR comment with --markdown", async () => {
    const repo = await baseRepo();
    repo.write("prompts/greeter.prompt.yml", prompt("You are a friendly greeter."));
    await repo.commit("shorter");
    const md = join(repo.dir, "comment.md");
    const result = await runCliCaptured([
      "review",
      "--dry-run",
      "--repo",
      repo.dir,
      "--base",
      "main",
      "--markdown",
      md,
    ]);
    expect(result.code).toBe(0);
    const body = readFileSync(md, "utf8");
    expect(body).toContain("prompts/greeter.prompt.yml");
    expect(body).toContain("Always answer in English.");
  });

  it("still writes a JSON report with verdict error when the base config is invalid", async () => {
    const repo = createGitFixture();
    repo.write("promptgate.yml", "repeats: 0\n");
    repo.write("prompts/greeter.prompt.yml", prompt(system));
    await repo.commit("base");
    repo.write("prompts/greeter.prompt.yml", prompt("You are terse."));
    await repo.commit("head");
    const out = join(repo.dir, "out.json");
    const result = await runCliCaptured([
      "review",
      "--dry-run",
      "--repo",
      repo.dir,
      "--base",
      "HEAD~1",
      "--json",
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/promptgate\.yml:1:\d+: repeats/);
    const report = readJson(out);
    expect(report.verdict).toBe("error");
    expect(report.errors[0]).toMatchObject({ path: "promptgate.yml", line: 1 });
  });

  it("refuses an output path in a missing directory before doing anything", async () => {
    const repo = await baseRepo();
    const result = await runCliCaptured([
      "review",
      "--dry-run",
      "--repo",
      repo.dir,
      "--json",
      "/nonexistent/dir/out.json",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--json /nonexistent/dir/out.json");
  });

  it("documents every flag in --help and rejects unknown ones", async () => {
    const help = await runCliCaptured(["review", "--help"]);
    expect(help.code).toBe(0);
    for (const flag of [
      "--base",
      "--head",
      "--repo",
      "--config",
      "--json",
      "--markdown",
      "--dry-run",
      "--offline",
      "--no-cache",
    ]) {
      expect(help.stdout).toContain(flag);
    }
    const bad = await runCliCaptured(["review", "--frobnicate"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--frobnicate");
  });
});
