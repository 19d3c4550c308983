// A review with tracing.langfuse and tracing.langsmith, against the local model server and local fakes of both
// vendors: the comment, report and terminal carry both comparison links; a vendor answering 500 costs a warning
// only (same verdict, same exit code); a block without its keys is one warning.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report/report.js";
import { useFakeProvider } from "../support/fake-provider.js";
import { type FakeLangfuse, startFakeLangfuse } from "../support/fake-vendors/fake-langfuse.js";
import { type FakeLangSmith, startFakeLangSmith } from "../support/fake-vendors/fake-langsmith.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";
import { runCliCaptured } from "../support/run-cli.js";

const KEYS = {
  LANGFUSE_PUBLIC_KEY: "pk-lf-review-0123",
  LANGFUSE_SECRET_KEY: "sk-lf-review-secret-4567",
  LANGSMITH_API_KEY: "lsv2_pt_review_secret_89ab",
};

const prompt = (system: string) => `model: gpt-4o-mini
messages:
  - role: system
    content: ${system}
  - role: user
    content: "Say hello to {{name}}."
testData:
  - name: Ada
  - name: Linus
evaluators:
  - name: greets by name
    string:
      contains: "{{name}}"
`;

useFakeProvider();
let repo: GitFixture;
let langfuse: FakeLangfuse;
let langsmith: FakeLangSmith;
const scratch = mkdtempSync(join(tmpdir(), "promptgate-experiments-"));
const saved = Object.fromEntries(Object.keys(KEYS).map((k) => [k, process.env[k]]));

beforeAll(async () => {
  Object.assign(process.env, KEYS);
  [langfuse, langsmith] = await Promise.all([startFakeLangfuse(), startFakeLangSmith()]);
  repo = createGitFixture();
  repo.write("greeter.prompt.yml", prompt("You greet people."));
  await repo.commit("base");
  repo.write("greeter.prompt.yml", prompt("You greet people warmly."));
  await repo.commit("head");
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  repo.cleanup();
  await Promise.all([langfuse.close(), langsmith.close()]);
  rmSync(scratch, { recursive: true, force: true });
});

async function review(name: string) {
  const config = join(scratch, `${name}.yml`);
  writeFileSync(
    config,
    `tracing:\n  langfuse:\n    baseUrl: ${langfuse.url}\n  langsmith:\n    endpoint: ${langsmith.url}\n`,
  );
  const json = join(scratch, `${name}.json`);
  const markdown = join(scratch, `${name}.md`);
  const args = ["review", "--repo", repo.dir, "--base", "HEAD~1", "--repeats", "2", "--no-cache"];
  const result = await runCliCaptured([...args, "--config", config, "--json", json, "--markdown", markdown]);
  const report = JSON.parse(readFileSync(json, "utf8")) as ReviewReport;
  return { ...result, report, markdown: readFileSync(markdown, "utf8") };
}

describe("review with tracing.langfuse and tracing.langsmith", () => {
  it("records both experiments and links them in the comment, the report and the terminal", async () => {
    const { code, report, markdown, stdout, stderr } = await review("both");
    expect(code).not.toBe(2);
    expect(stderr).not.toContain("experiments:");
    const links = report.prompts[0]!.experiments!;
    expect(links.map((l) => l.vendor)).toEqual(["Langfuse", "LangSmith"]);
    expect(links[0]!.url).toMatch(
      new RegExp(`^${langfuse.url}/project/[^/]+/datasets/[^/]+/compare\\?runs=`),
    );
    expect(links[1]!.url).toMatch(
      /^http:\/\/localhost:3000\/o\/[^/]+\/datasets\/[^/]+\/compare\?selectedSessions=/,
    );
    expect(markdown).toContain(
      `**Compare base and head:** [Langfuse](${links[0]!.url}) · [LangSmith](${links[1]!.url})`,
    );
    expect(stdout).toContain(`compare in Langfuse: ${links[0]!.url}`);
    expect(stdout).toContain(`compare in LangSmith: ${links[1]!.url}`);
    // Both versions' answers reached each vendor, one per case.
    expect([...langfuse.runs.values()].map((r) => r.items.length)).toEqual([2, 2]);
    expect(langsmith.runs).toHaveLength(4);
    for (const text of [markdown, stdout, stderr, JSON.stringify(report)])
      for (const key of Object.values(KEYS)) expect(text).not.toContain(key);
  });

  it("gives the same verdict with a warning naming the vendor and the status when Langfuse answers 500", async () => {
    const ok = await review("ok");
    langfuse.failWith(500);
    const failed = await review("failed").finally(() => langfuse.failWith(undefined));
    expect(failed.code).toBe(ok.code);
    expect(failed.report.verdict).toBe(ok.report.verdict);
    expect(failed.stderr).toContain(
      "warning: experiments: Langfuse did not record greeter.prompt.yml (HTTP 500",
    );
    expect(failed.report.prompts[0]!.experiments!.map((l) => l.vendor)).toEqual(["LangSmith"]);
    expect(failed.markdown).toContain("**Compare base and head:** [LangSmith](");
  });

  it("warns once and goes on when a block is set without its keys", async () => {
    delete process.env.LANGSMITH_API_KEY;
    const result = await review("no-key").finally(() => {
      process.env.LANGSMITH_API_KEY = KEYS.LANGSMITH_API_KEY;
    });
    expect(result.code).not.toBe(2);
    expect(result.stderr.match(/tracing\.langsmith is set but LANGSMITH_API_KEY is not/g)).toHaveLength(1);
    expect(result.report.prompts[0]!.experiments!.map((l) => l.vendor)).toEqual(["Langfuse"]);
  });
});
