// Full reviews of Prompty, Dotprompt and plain-template prompts in temp git repositories, against the loopback
// model server whose answers follow the system prompt: the same gate, diff, estimate and annotations as .prompt.yml.
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report/report.js";
import { buildAnnotations } from "../../src/render/annotations.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";
import {
  createSupportResponder,
  pricingConfig,
  runReview,
  systemWithLink,
} from "../support/review-harness.js";
import { runCliCaptured } from "../support/run-cli.js";

let server: FakeOpenAIServer;
const savedEnv = { base: process.env.OPENAI_BASE_URL, key: process.env.OPENAI_API_KEY };
beforeAll(async () => {
  server = await startFakeOpenAIServer({ respond: createSupportResponder() });
  // The CLI reads its provider from the environment, as on a developer's machine.
  process.env.OPENAI_BASE_URL = server.url;
  process.env.OPENAI_API_KEY = "test-key";
});
afterAll(async () => {
  await server.close();
  for (const [name, value] of [
    ["OPENAI_BASE_URL", savedEnv.base],
    ["OPENAI_API_KEY", savedEnv.key],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const withoutLink = systemWithLink.replace(
  "say that refunds are available within 30 days and link to https://acme.example/refunds.",
  "say that refunds are available within 30 days.",
);

const rows: [string, string][] = [
  ["How do I get a refund for a broken kettle?", "acme.example/refunds"],
  ["Can I return shoes that don't fit?", "acme.example/refunds"],
  ["I want my money back for the blender.", "acme.example/refunds"],
  ["What is your refund policy?", "acme.example/refunds"],
  ["Do you refund shipping costs on returns?", "acme.example/refunds"],
  ["I'd like to return a lamp, what do I do?", "acme.example/refunds"],
  ["How long do I have to return an item?", "30 days"],
  ["Where is my order?", "tracking"],
  ["How do I reset my password?", "reset"],
  ["Which payment methods do you accept?", "card"],
  ["How do I cancel my order?", "cancel"],
  ["Can I change the delivery address after ordering?", "address"],
];
const jsonl = rows.map(([question, mustMention]) => JSON.stringify({ question, mustMention })).join("\n");

const entry = (path: string, dataset: string) => `  - path: ${path}
    dataset: ${dataset}
    evaluators:
      - name: mentions what it must
        string: {contains: "{{mustMention}}"}
`;

const prompty = (system: string) => `---
name: Support bot
model:
  api: chat
  configuration:
    type: openai
    model: gpt-4o-mini
  parameters:
    temperature: 0.2
sample:
  question: Where is my order?
---
system:
${system}

user:
{{question}}
`;

async function repoWith(files: Record<string, string>): Promise<GitFixture> {
  const repo = createGitFixture();
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  await repo.commit("base");
  repo.git("checkout", "-q", "-b", "change");
  return repo;
}

/** 1-based line of the first line of `text` holding `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("Prompty", () => {
  const config = `${pricingConfig}prompts:\n${entry("prompts/support.prompty", "evals/support.jsonl")}`;

  it("`promptgate review` fails when the system prompt loses the refund link, with the diff, estimate and annotation on the edited line", async () => {
    const repo = await repoWith({
      "promptgate.yml": config,
      "prompts/support.prompty": prompty(systemWithLink),
      "evals/support.jsonl": jsonl,
    });
    const head = prompty(withoutLink);
    repo.write("prompts/support.prompty", head);
    await repo.commit("drop the refund link");
    const json = join(repo.dir, "report.json");
    const markdown = join(repo.dir, "comment.md");
    const args = [
      "review",
      "--repo",
      repo.dir,
      "--base",
      "main",
      "--no-cache",
      "--json",
      json,
      "--markdown",
      markdown,
    ];
    const result = await runCliCaptured(args);
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(json, "utf8")) as ReviewReport;
    const prompt = report.prompts[0]!;
    expect(prompt.path).toBe("prompts/support.prompty");
    expect(report.verdict).toBe("fail");
    expect(prompt.cases.filter((c) => c.change === "regressed")).toHaveLength(6);
    expect(prompt.diff.unified).toContain("-When the customer asks about refunds");
    expect(prompt.diff.messages.map((m) => m.label)).toEqual(["messages[0] (system)"]);
    expect(prompt.estimate?.evalCalls).toBe(12 * 2);
    expect(prompt.estimate?.evalCostUsd).toBeGreaterThan(0);
    expect(readFileSync(markdown, "utf8")).toContain("prompts/support.prompty");
    const annotations = buildAnnotations(report, { "prompts/support.prompty": head });
    const verdict = annotations.find((a) => a.title === "promptgate: fail")!;
    expect(verdict.path).toBe("prompts/support.prompty");
    expect(verdict.start_line).toBe(lineOf(head, "When the customer asks about refunds"));
    // Regressed cases point at their rows in the dataset: the first six lines of the JSONL file.
    const regressed = annotations.filter((a) => a.title.startsWith("Regressed"));
    expect(regressed.map((a) => [a.path, a.start_line])).toEqual(
      [1, 2, 3, 4, 5, 6].map((line) => ["evals/support.jsonl", line]),
    );
    repo.cleanup();
  });

  it("reviews the prompt when only its sidecar dataset changes", async () => {
    const repo = await repoWith({
      "promptgate.yml": config,
      "prompts/support.prompty": prompty(systemWithLink),
      "evals/support.jsonl": jsonl,
      "README.md": "# shop\n",
    });
    repo.write(
      "evals/support.jsonl",
      `${jsonl}\n${JSON.stringify({ question: "Do you sell gift cards?", mustMention: "gift" })}`,
    );
    await repo.commit("one more row");
    const report = await runReview(repo.dir, server.url, { dryRun: true });
    expect(report.prompts.map((p) => [p.path, p.change])).toEqual([["prompts/support.prompty", "modified"]]);
    repo.cleanup();
  });
});

describe("Dotprompt", () => {
  const partial = (system: string) => `{{role "system"}}\n${system}\n`;
  const main = `---
model: openai/gpt-4o-mini
config:
  temperature: 0.2
input:
  schema:
    question: string
---
{{> support_rules}}
{{role "user"}}
{{question}}
`;
  const config = `${pricingConfig}prompts:\n  - "**/*.prompt"\n${entry("prompts/support.prompt", "evals/support.jsonl")}`;

  it("a change only to a partial reviews, and fails, the prompt that includes it", async () => {
    const repo = await repoWith({
      "promptgate.yml": config,
      "prompts/support.prompt": main,
      "prompts/_support_rules.prompt": partial(systemWithLink),
      "evals/support.jsonl": jsonl,
    });
    repo.write("prompts/_support_rules.prompt", partial(withoutLink));
    await repo.commit("drop the refund link from the partial");
    const report = await runReview(repo.dir, server.url);
    expect(report.prompts.map((p) => [p.path, p.change])).toEqual([["prompts/support.prompt", "modified"]]);
    expect(report.prompts[0]!.changedDataFiles).toEqual(["prompts/_support_rules.prompt"]);
    const diff = report.prompts[0]!.diff.messages;
    expect(diff.map((m) => m.label)).toEqual(["messages[0] (system)"]);
    const removed = diff[0]!.parts
      .filter((p) => p.removed)
      .map((p) => p.value)
      .join("");
    expect(removed).toContain("link to https://acme");
    expect(report.verdict).toBe("fail");
    expect(report.prompts[0]!.cases.filter((c) => c.change === "regressed")).toHaveLength(6);
    repo.cleanup();
  });
});

describe("plain template with a CSV dataset", () => {
  const template = (system: string) => `system:\n${system}\n\nuser:\n{{question}}\n`;
  const csv = ["question,mustMention", ...rows.map(([q, m]) => `"${q}",${m}`)].join("\n");
  const config = `${pricingConfig}model: gpt-4o-mini\nprompts:\n  - path: prompts/support.md\n    role: markers\n    dataset: evals/support.csv\n    evaluators:\n      - name: mentions what it must\n        string: {contains: "{{mustMention}}"}\n`;

  it("fails when the template loses the refund link", async () => {
    const repo = await repoWith({
      "promptgate.yml": config,
      "prompts/support.md": template(systemWithLink),
      "evals/support.csv": csv,
    });
    repo.write("prompts/support.md", template(withoutLink));
    await repo.commit("drop the refund link");
    const report = await runReview(repo.dir, server.url);
    const prompt = report.prompts[0]!;
    expect(prompt.path).toBe("prompts/support.md");
    expect(report.verdict).toBe("fail");
    expect(prompt.diff.messages.map((m) => m.label)).toEqual(["messages[0] (system)"]);
    repo.cleanup();
  });
});

describe("promptfoo config", () => {
  const chat = (system: string) =>
    `- role: system\n  content: ${JSON.stringify(system)}\n- role: user\n  content: "{{question}}"\n`;
  const tests = rows
    .map(
      ([q, m]) =>
        `- vars: {question: ${JSON.stringify(q)}, mustMention: ${JSON.stringify(m)}}\n  assert:\n    - {type: icontains, value: "{{mustMention}}"}`,
    )
    .join("\n");

  async function promptfooRepo(marker: string): Promise<GitFixture> {
    const code = `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;
    return repoWith({
      "promptgate.yml": `${pricingConfig}prompts:\n  - "**/promptfooconfig.yaml"\n`,
      "evals/promptfooconfig.yaml": `prompts:
  - file://prompt.yaml
  - file://prompt.js
providers:
  - id: openai:chat:gpt-4o-mini
    config: {temperature: 0.2}
defaultTest:
  assert:
    - type: javascript
      value: ${JSON.stringify(code)}
tests: file://tests.yaml
`,
      "evals/prompt.yaml": chat(systemWithLink),
      "evals/prompt.js": `${code};\nmodule.exports = () => "hi";\n`,
      "evals/tests.yaml": tests,
    });
  }

  it("reviews the chat prompt, says what it did not run, and runs nothing from the repository", async () => {
    const marker = join(tmpdir(), `promptgate-promptfoo-marker-${process.pid}`);
    const repo = await promptfooRepo(marker);
    repo.write("evals/prompt.yaml", chat(withoutLink));
    await repo.commit("drop the refund link");
    const report = await runReview(repo.dir, server.url);
    const prompt = report.prompts[0]!;
    expect(report.prompts.map((p) => [p.path, p.file])).toEqual([
      ["evals/promptfooconfig.yaml#prompt.yaml", "evals/promptfooconfig.yaml"],
    ]);
    expect(report.verdict).toBe("fail");
    expect(prompt.cases.filter((c) => c.change === "regressed")).toHaveLength(6);
    expect(prompt.changedDataFiles).toEqual(["evals/prompt.yaml"]);
    expect(prompt.diff.messages.map((m) => m.label)).toEqual(["messages[0] (system)"]);
    expect(prompt.estimate?.evalCalls).toBe(12 * 2);
    const notRun = prompt.warnings.map((w) => w.message);
    expect(notRun).toContainEqual(
      expect.stringMatching(/prompt file:\/\/prompt\.js not run: .*never executes code/),
    );
    expect(notRun).toContainEqual(
      expect.stringMatching(/`javascript` assertion not run: .*never executes code/),
    );
    expect(existsSync(marker)).toBe(false);
    // The verdict goes to the config file; each regressed case to its test in tests.yaml (three lines each).
    const annotations = buildAnnotations(report, { "evals/promptfooconfig.yaml": "" });
    expect(annotations.find((a) => a.title === "promptgate: fail")?.path).toBe("evals/promptfooconfig.yaml");
    const regressed = annotations.filter((a) => a.title.startsWith("Regressed"));
    expect(regressed.map((a) => [a.path, a.start_line])).toEqual(
      [1, 4, 7, 10, 13, 16].map((line) => ["evals/tests.yaml", line]),
    );
    repo.cleanup();
  });

  it("a change only to the tests file reviews the prompts of the config", async () => {
    const repo = await promptfooRepo(join(tmpdir(), "unused-marker"));
    repo.write(
      "evals/tests.yaml",
      `${tests}\n- vars: {question: Do you sell gift cards?, mustMention: gift}`,
    );
    await repo.commit("one more test");
    const report = await runReview(repo.dir, server.url, { dryRun: true });
    expect(report.prompts.map((p) => [p.path, p.change])).toEqual([
      ["evals/promptfooconfig.yaml#prompt.yaml", "modified"],
    ]);
    expect(report.prompts[0]!.diff.casesAdded).toBe(1);
    repo.cleanup();
  });
});
