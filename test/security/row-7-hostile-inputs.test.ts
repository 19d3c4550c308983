// Issue 9, row 7: hostile inputs in a pull request (an alias bomb in eval data, a binary file the globs match,
// a 5 MB prompt, a prompt over its model's context window) are each a located error of their prompt in the
// comment and the check, and the other changed prompt is still reviewed. The built Action, a fake GitHub and a
// loopback model server.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checksOn,
  commentsOn,
  createRepository,
  openPullRequest,
  PROMPT,
  runOnPullRequest,
} from "../action/support/e2e-repository.js";
import { copyFreshDist } from "../action/support/run-dist.js";
import { aliasBomb, pngBytes } from "../support/hostile-inputs.js";
import { supportPrompt, systemWithLink } from "../support/review-harness.js";

let script: string;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(() => {
  // test/global-setup.ts builds dist/ once before the suite, exactly as `npm run bundle` does.
  script = copyFreshDist();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const promptWith = (system: string, extra = "") =>
  `model: openai/gpt-4o-mini\nmessages:\n  - {role: system, content: ${JSON.stringify(system)}}\n  - {role: user, content: "{{q}}"}\n${extra}`;

const hostileFiles = {
  // The bomb sits in a data file the prompt references, so the prompt file itself is harmless YAML.
  "prompts/rows.prompt.yml": promptWith("Answer briefly.", "testDataFile: rows.yaml\n"),
  "prompts/rows.yaml": aliasBomb(),
  "prompts/logo.prompt.yml": pngBytes,
  // 5 MiB of words: about 1.1 M tokens, never to be sent.
  "prompts/huge.prompt.yml": promptWith("lorem ipsum ".repeat(440_000), "testData:\n  - {q: hi}\n"),
  // 160 KiB fits the size limit but is some 26 K tokens, three times gpt-4's 8,192-token window.
  "prompts/long.prompt.yml": promptWith("lorem ipsum ".repeat(13_000), "testData:\n  - {q: hi}\n").replace(
    "gpt-4o-mini",
    "gpt-4",
  ),
};

describe("a pull request with hostile inputs beside an ordinary prompt edit", () => {
  it("reports each hostile file as a located error and still reviews the other prompt", async () => {
    const repo = await createRepository(servers);
    // A harmless edit of the support prompt: a comment, so its answers and its verdict stay the same.
    const head = openPullRequest(repo, 7, {
      ...hostileFiles,
      [PROMPT]: `# Reviewed in the hostile-inputs test.\n${supportPrompt(systemWithLink)}`,
    });
    const calls = repo.openai.calls;
    const run = await runOnPullRequest(script, repo, { number: 7, baseSha: repo.base, headSha: head });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs, run.stdout + run.stderr).toHaveProperty("report");
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    // Only the support prompt's calls: one answer per case per version (an answer the other version already
    // got for the very same request may come from the cache). Nothing huge was sent.
    const support = report.prompts.find((p: { path: string }) => p.path === PROMPT);
    expect(report.calls.total).toBe(support.base.samples + support.head.samples);
    expect(repo.openai.calls - calls).toBe(report.calls.total - report.calls.cached);
    expect(repo.openai.calls - calls).toBeGreaterThan(0);
    const verdicts = Object.fromEntries(
      report.prompts.map((p: { path: string; verdict: string }) => [p.path, p.verdict]),
    );
    expect(verdicts).toEqual({
      // Reviewed, not an error: 12 unchanged cases are too few to rule out a 20-point drop, so inconclusive.
      [PROMPT]: "inconclusive",
      "prompts/huge.prompt.yml": "error",
      "prompts/logo.prompt.yml": "error",
      "prompts/long.prompt.yml": "error",
      "prompts/rows.prompt.yml": "error",
    });
    expect(report.verdict).toBe("error");
    const where = report.errors.map((e: { path: string; line?: number }) => `${e.path}:${e.line ?? "-"}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "prompts/rows.yaml:2",
        "prompts/logo.prompt.yml:3",
        "prompts/huge.prompt.yml:-",
        "prompts/long.prompt.yml:6",
      ]),
    );

    const check = checksOn(repo.github, head).at(-1)!;
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    const body = commentsOn(repo.github, 7)[0]!.body;
    for (const text of [body, check.output.summary]) {
      expect(text).toMatch(/`prompts\/rows\.yaml:2`: YAML cannot be converted: .*alias/);
      expect(text).toContain("`prompts/logo.prompt.yml:3`: binary content (a NUL byte at byte 10)");
      expect(text).toMatch(
        /`prompts\/huge\.prompt\.yml`: the file is 5\.\d MiB, over \\?`limits\.maxPromptBytes\\?` \(256 KiB\)/,
      );
      expect(text).toMatch(
        /`prompts\/long\.prompt\.yml:6`: the rendered prompt is [\d,]+ tokens, over the 8,192-token context window of gpt-4/,
      );
      expect(text).not.toContain("\u0000");
      expect(text).not.toContain("lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum");
    }
    expect(body).toContain(PROMPT);
  });
});
