// A review names the model catalogue that priced it (JSON report and comment footer), and token counts made
// with another vendor's tokenizer say they are estimates.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report/report.js";
import { useFakeProvider } from "../support/fake-provider.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";
import { runCliCaptured } from "../support/run-cli.js";

const installed = JSON.parse(readFileSync("node_modules/@pydantic/genai-prices/package.json", "utf8")) as {
  version: string;
};

const prompt = (model: string, system: string) => `model: ${model}
messages:
  - role: system
    content: ${system}
  - role: user
    content: "Say hello to {{name}}."
testData:
  - name: Ada
evaluators:
  - name: greets by name
    string:
      contains: "{{name}}"
`;

useFakeProvider(); // any call goes to a loopback fake
let repo: GitFixture;

beforeAll(async () => {
  repo = createGitFixture();
  repo.write("openai.prompt.yml", prompt("openai/gpt-4o-mini", "You greet."));
  repo.write("claude.prompt.yml", prompt("anthropic/claude-sonnet-4-5", "You greet."));
  await repo.commit("base");
  repo.write("openai.prompt.yml", prompt("openai/gpt-4o-mini", "You greet warmly."));
  repo.write("claude.prompt.yml", prompt("anthropic/claude-sonnet-4-5", "You greet warmly."));
  await repo.commit("head");
});
afterAll(async () => {
  repo.cleanup();
});

describe("the catalogue behind a review's prices", () => {
  it("is named with its version in the JSON report and the comment footer", async () => {
    const json = join(repo.dir, "report.json");
    const markdown = join(repo.dir, "comment.md");
    const args = ["review", "--repo", repo.dir, "--base", "HEAD~1", "--repeats", "1", "--no-cache"];
    await runCliCaptured([...args, "--json", json, "--markdown", markdown]);
    const report = JSON.parse(readFileSync(json, "utf8")) as ReviewReport;
    expect(report.catalogue).toEqual({ name: "@pydantic/genai-prices", version: installed.version });
    const openai = report.prompts.find((p) => p.path === "openai.prompt.yml")!;
    expect(openai.head?.costPerCallUsd).toBeGreaterThan(0);
    expect(readFileSync(markdown, "utf8")).toContain(
      `prices from \`@pydantic/genai-prices ${installed.version}\``,
    );
  });

  it("marks token counts of another vendor's model as estimates in the dry run", async () => {
    const json = join(repo.dir, "dry.json");
    const markdown = join(repo.dir, "dry.md");
    const args = ["review", "--dry-run", "--repo", repo.dir, "--base", "HEAD~1"];
    const result = await runCliCaptured([...args, "--json", json, "--markdown", markdown]);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8")) as ReviewReport;
    const byPath = (path: string) => report.prompts.find((p) => p.path === path)!.estimate!.head!;
    expect(byPath("openai.prompt.yml").tokenizer).toEqual({ encoding: "o200k_base", estimate: false });
    expect(byPath("claude.prompt.yml").tokenizer).toEqual({ encoding: "o200k_base", estimate: true });
    expect(byPath("claude.prompt.yml").costPerCallUsd).toBeGreaterThan(0);
    expect(result.stdout).toContain("(estimated with OpenAI's o200k_base)");
    expect(readFileSync(markdown, "utf8")).toContain(
      "Input tokens of `anthropic/claude-sonnet-4-5` are counted with OpenAI's `o200k_base` tokenizer: an estimate",
    );
  });
});
