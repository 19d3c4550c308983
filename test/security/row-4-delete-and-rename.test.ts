// Issue 9, row 4: a pull request cannot drop a prompt's gate by deleting the prompt, or by re-adding it under a
// new name rewritten past rename detection with its own trivial evaluator. The built Action, a fake GitHub
// and a loopback model server whose answers follow the system prompt.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checksOn,
  commentsOn,
  createRepository,
  MAINTAINER,
  PROMPT,
  type Repository,
  runOnPullRequest,
  withoutLink,
} from "../action/support/e2e-repository.js";
import { copyFreshDist } from "../action/support/run-dist.js";
import { pricingConfig, supportPrompt, systemWithLink } from "../support/review-harness.js";

let script: string;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(() => {
  // test/global-setup.ts builds dist/ once before the suite, exactly as `npm run bundle` does.
  script = copyFreshDist();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const RENAMED = "prompts/helpdesk.prompt.yml";

/** The base's twelve questions, under another variable name and layout, without what each answer must say. */
function rewrittenPrompt(system: string): string {
  const questions = [...supportPrompt(systemWithLink).matchAll(/\{question: (.+?), mustMention/g)].map(
    (m) => m[1]!,
  );
  return [
    "# Helpdesk assistant, rewritten from scratch.",
    "name: Helpdesk",
    "model: openai/gpt-4o-mini",
    "messages:",
    "  - role: system",
    "    content: |",
    ...system.split("\n").map((line) => `      ${line}`),
    "  - role: user",
    '    content: "{{q}}"',
    "testData:",
    ...questions.map((q) => `  - q: ${JSON.stringify(q)}`),
    "evaluators:",
    "  - name: says something",
    "    string:",
    '      regex: "[\\\\s\\\\S]"',
    "",
  ].join("\n");
}

/** A pull request whose head deletes the support prompt and writes `files`. */
function openDeletingPullRequest(repo: Repository, number: number, files: Record<string, string> = {}) {
  const head = repo.github.addCommit({ files: { [PROMPT]: null, ...files }, parent: repo.base });
  repo.github.setBranch(`change-${number}`, head);
  repo.github.addPullRequest({ number, baseSha: repo.base, headSha: head, headRef: `change-${number}` });
  return { number, baseSha: repo.base, headSha: head };
}

describe("a gated prompt deleted and re-added under a new name with a regressing rewrite", () => {
  it("is reviewed as a rename against the base's rows and evaluators, and fails", async () => {
    const repo = await createRepository(servers);
    const event = openDeletingPullRequest(repo, 4, { [RENAMED]: rewrittenPrompt(withoutLink) });
    // The fake GitHub, like git past its similarity threshold, lists a removal and an addition, not a rename.
    const run = await runOnPullRequest(script, repo, event);
    expect(run.code, run.stdout).toBe(1);
    expect(checksOn(repo.github, event.headSha)).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "failure" }),
    ]);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.errors).toEqual([]);
    expect(report.verdict).toBe("fail");
    expect(report.prompts).toHaveLength(1);
    const [prompt] = report.prompts;
    expect(prompt).toMatchObject({ path: RENAMED, change: "renamed", previousPath: PROMPT, verdict: "fail" });
    // The base's twelve rows ran on both versions, graded by the base's evaluator, not the head's regex.
    expect(prompt.cases).toHaveLength(12);
    expect(prompt.cases.filter((c: { change: string }) => c.change === "regressed")).toHaveLength(6);
    expect(prompt.cases[0].head.outputs[0].failed[0].evaluator).toBe("mentions what it must");
    const body = commentsOn(repo.github, 4)[0]!.body;
    expect(body).toContain("(renamed)");
    expect(body).toContain(`Renamed from \`${PROMPT}\``);
    expect(body).toContain(`reviewed as a rename of ${PROMPT}`);
  });
});

describe("a gated prompt deleted with no partner", () => {
  it("fails by default, says the eval set was removed, and can be accepted with the label", async () => {
    const repo = await createRepository(servers);
    const event = openDeletingPullRequest(repo, 5, { "README.md": "# shop\n\nNo more support bot.\n" });
    const calls = repo.openai.calls;
    const run = await runOnPullRequest(script, repo, event);
    expect(run.code, run.stdout).toBe(1);
    expect(repo.openai.calls).toBe(calls);
    const check = checksOn(repo.github, event.headSha).at(-1)!;
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(check.output.title).toContain(`${PROMPT} deleted: eval set removed`);
    expect(check.output.summary).toContain("Eval set removed");
    expect(commentsOn(repo.github, 5)[0]!.body).toContain("Eval set removed");
    expect(run.outputs.verdict).toBe("fail");

    repo.github.addLabel(5, "promptgate:accept", MAINTAINER);
    const labels = ["promptgate:accept"];
    const accepted = await runOnPullRequest(script, repo, {
      ...event,
      action: "labeled",
      label: labels[0],
      labels,
      sender: MAINTAINER,
    });
    expect(accepted.code, accepted.stdout).toBe(0);
    expect(checksOn(repo.github, event.headSha).at(-1)).toMatchObject({ conclusion: "success" });
  });

  it("is neutral when the base config sets gate.onDeletedPrompt: neutral", async () => {
    const repo = await createRepository(servers, `${pricingConfig}gate:\n  onDeletedPrompt: neutral\n`);
    const event = openDeletingPullRequest(repo, 6);
    const run = await runOnPullRequest(script, repo, event);
    expect(run.code, run.stdout).toBe(0);
    expect(checksOn(repo.github, event.headSha).at(-1)).toMatchObject({
      status: "completed",
      conclusion: "neutral",
    });
    expect(commentsOn(repo.github, 6)[0]!.body).toContain("Eval set removed");
  });
});
