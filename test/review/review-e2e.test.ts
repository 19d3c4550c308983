// Full reviews on real git repositories against a loopback OpenAI-compatible server whose answers
// follow the system prompt: the scenarios a release gate must get right.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/cli/exit-code.js";
import { createMemoryCache } from "../../src/engine/cache.js";
import {
  countPromptTokens,
  countWords,
  type FakeOpenAIServer,
  startFakeOpenAIServer,
} from "../support/fake-openai-server.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";
import {
  createSupportResponder,
  pricingConfig,
  runReview,
  supportPrompt,
  systemWithLink,
} from "../support/review-harness.js";

let server: FakeOpenAIServer;
const respond = createSupportResponder();

beforeAll(async () => {
  server = await startFakeOpenAIServer({ respond });
});
afterAll(async () => {
  await server.close();
});

async function repoWith(baseSystem: string, config = pricingConfig): Promise<GitFixture> {
  const repo = createGitFixture();
  repo.write("promptgate.yml", config);
  repo.write("prompts/support.prompt.yml", supportPrompt(baseSystem));
  repo.write("README.md", "# shop\n");
  await repo.commit("base");
  repo.git("checkout", "-q", "-b", "change");
  return repo;
}

const withoutLink = systemWithLink.replace(
  "When the customer asks about refunds or returns, say that refunds are available within 30 days and link to https://acme.example/refunds.",
  "Refunds are available within 30 days.",
);

/** Base holds two copies of the support prompt; the change drops the refund link from one and rewrites the other. */
async function twoPromptsChanged(otherHead: string): Promise<GitFixture> {
  const repo = await repoWith(systemWithLink);
  repo.git("checkout", "-q", "main");
  repo.write("prompts/other.prompt.yml", supportPrompt(systemWithLink));
  await repo.commit("second prompt");
  repo.git("checkout", "-q", "-B", "change");
  repo.write("prompts/support.prompt.yml", supportPrompt(withoutLink));
  repo.write("prompts/other.prompt.yml", otherHead);
  await repo.commit("edit both");
  return repo;
}

describe("review against a model whose answers depend on the system prompt", () => {
  it("fails when an instruction the answers depend on is removed, listing the regressed cases", async () => {
    const repo = await repoWith(systemWithLink);
    repo.write("prompts/support.prompt.yml", supportPrompt(withoutLink));
    await repo.commit("drop the refund link");
    const before = server.calls;
    const report = await runReview(repo.dir, server.url);
    const prompt = report.prompts[0]!;
    expect(report.verdict).toBe("fail");
    expect(exitCodeFor(report)).toBe(1);
    expect(prompt.delta!.passRateCI[1]).toBeLessThan(0);
    expect(prompt.cases.filter((c) => c.change === "regressed").map((c) => c.index)).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    // One answer per case per version (repeats default to 1): 12 cases × 2 versions.
    expect(report.calls.total).toBe(12 * 2);
    expect(server.calls - before).toBe(24);
  });

  it("never fails a punctuation-only edit", async () => {
    const repo = await repoWith(systemWithLink);
    repo.write(
      "prompts/support.prompt.yml",
      supportPrompt(systemWithLink.replace("assistant.", "assistant!")),
    );
    await repo.commit("punctuation");
    const report = await runReview(repo.dir, server.url);
    expect(["pass", "inconclusive"]).toContain(report.verdict);
    expect(exitCodeFor(report)).toBe(0);
  });

  it("passes with improved cases when the instruction is added back", async () => {
    // The longer system prompt costs more per call; this scenario is about pass rates, so cost is report-only.
    const repo = await repoWith(withoutLink, `${pricingConfig}gate: {maxCostIncrease: null}\n`);
    repo.write("prompts/support.prompt.yml", supportPrompt(systemWithLink));
    await repo.commit("restore the link");
    const report = await runReview(repo.dir, server.url);
    expect(report.verdict).toBe("pass");
    expect(report.prompts[0]!.cases.filter((c) => c.change === "improved")).toHaveLength(6);
  });

  it("fails for cost when 'be concise' is removed and maxCostIncrease is 0.5", async () => {
    const repo = await repoWith(systemWithLink, `${pricingConfig}gate: {maxCostIncrease: 0.5}\n`);
    repo.write(
      "prompts/support.prompt.yml",
      supportPrompt(systemWithLink.replace("Be concise: answer in at most three sentences.", "")),
    );
    await repo.commit("drop be concise");
    const report = await runReview(repo.dir, server.url);
    const prompt = report.prompts[0]!;
    expect(report.verdict).toBe("fail");
    expect(prompt.delta!.costPerCallPct).toBeGreaterThan(50);
    expect(prompt.reasons.join(" ")).toMatch(/cost/i);
    // The cost fails it, not the pass rate: every case answers as before.
    expect(prompt.delta!.passRate).toBe(0);
  });

  it("fails a swap to a cheaper, worse model and shows it is cheaper per call", async () => {
    const repo = await repoWith(systemWithLink);
    repo.write(
      "prompts/support.prompt.yml",
      supportPrompt(systemWithLink).replace("model: openai/gpt-4o-mini", "model: openai/gpt-4.1-nano"),
    );
    await repo.commit("cheaper model");
    const report = await runReview(repo.dir, server.url);
    const prompt = report.prompts[0]!;
    expect(report.verdict).toBe("fail");
    expect(prompt.diff.modelChanged).toEqual({ from: "openai/gpt-4o-mini", to: "openai/gpt-4.1-nano" });
    expect(prompt.head!.costPerCallUsd!).toBeLessThan(prompt.base!.costPerCallUsd!);
  });

  it("still fails when the same PR loosens promptgate.yml (config comes from base)", async () => {
    const repo = await repoWith(systemWithLink);
    repo.write("prompts/support.prompt.yml", supportPrompt(withoutLink));
    repo.write("promptgate.yml", `${pricingConfig}gate: {margin: 1}\n`);
    await repo.commit("drop the link and loosen the gate");
    const report = await runReview(repo.dir, server.url);
    expect(report.verdict).toBe("fail");
    expect(report.gate.margin).toBe(0.05);
  });

  it("skips a README-only change with zero calls", async () => {
    const repo = await repoWith(systemWithLink);
    repo.write("README.md", "# shop\n\nNow with docs.\n");
    await repo.commit("docs");
    const before = server.received;
    const report = await runReview(repo.dir, server.url);
    expect(report.verdict).toBe("skipped");
    expect(report.prompts).toEqual([]);
    expect(report.calls.total).toBe(0);
    expect(server.received).toBe(before);
  });

  it("does not re-run a prompt that was only renamed", async () => {
    const repo = await repoWith(systemWithLink);
    repo.rename("prompts/support.prompt.yml", "prompts/support-bot.prompt.yml");
    await repo.commit("rename");
    const before = server.received;
    const report = await runReview(repo.dir, server.url);
    expect(report.prompts.map((p) => [p.path, p.change, p.verdict])).toEqual([
      ["prompts/support-bot.prompt.yml", "renamed", "skipped"],
    ]);
    expect(server.received).toBe(before);
  });

  it("gives each of two changed prompts its own verdict and fails overall when one is bad", async () => {
    const repo = await twoPromptsChanged(supportPrompt(systemWithLink.replace("assistant.", "assistant!")));
    const report = await runReview(repo.dir, server.url);
    const verdicts = Object.fromEntries(report.prompts.map((p) => [p.path, p.verdict]));
    expect(verdicts["prompts/support.prompt.yml"]).toBe("fail");
    expect(["pass", "inconclusive"]).toContain(verdicts["prompts/other.prompt.yml"]);
    expect(report.verdict).toBe("fail");
  });

  it("lets one prompt's real regression win over another prompt file that is invalid", async () => {
    const repo = await twoPromptsChanged("name: Broken\nmessages: [unclosed\n");
    const report = await runReview(repo.dir, server.url);
    const verdicts = Object.fromEntries(report.prompts.map((p) => [p.path, p.verdict]));
    expect(verdicts).toEqual({ "prompts/support.prompt.yml": "fail", "prompts/other.prompt.yml": "error" });
    expect(report.verdict).toBe("fail");
    expect(exitCodeFor(report)).toBe(1);
    expect(report.errors.some((e) => e.path === "prompts/other.prompt.yml")).toBe(true);
  });

  it("spends what the server's token counts say at the configured prices, and nothing on a re-run", async () => {
    const repo = await repoWith(systemWithLink);
    repo.write("prompts/support.prompt.yml", supportPrompt(withoutLink));
    await repo.commit("drop the link");
    const cache = createMemoryCache();
    const firstRequest = server.requests.length;
    const report = await runReview(repo.dir, server.url, { cache });
    const bodies = server.requests.slice(firstRequest);
    const responder = createSupportResponder();
    let expected = 0;
    for (const body of bodies) {
      const text = responder(body) as string;
      const [input, output] = body.model === "gpt-4.1-nano" ? [0.1, 0.4] : [0.15, 0.6];
      expected += (countPromptTokens(body) * input + countWords(text) * output) / 1e6;
    }
    expect(Math.abs(report.costUsd - expected) / expected).toBeLessThan(0.01);

    const before = server.received;
    const again = await runReview(repo.dir, server.url, { cache });
    expect(server.received).toBe(before);
    expect(again.calls.cached).toBe(again.calls.total);
    expect(again.verdict).toBe(report.verdict);
  });
});
