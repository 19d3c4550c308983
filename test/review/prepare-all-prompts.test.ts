// Preparing a pull request's prompts on real git history: limits on data files and rows, binary data, and
// deleted prompts paired with the additions that carry them on. No model calls: preparation comes first.
import { afterAll, describe, expect, it } from "vitest";
import { createGitRepoReader } from "../../src/adapters/git-repo.js";
import { type Config, configSchema } from "../../src/core/config/config-schema.js";
import { listPromptChanges } from "../../src/core/diff/change-set.js";
import { listDataReferences } from "../../src/core/prompt-file/prompt-file.js";
import { prepareAllPrompts } from "../../src/review/prepare-prompt.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";
import { pngBytes } from "../support/hostile-inputs.js";

const fixtures: GitFixture[] = [];
afterAll(() => {
  for (const fixture of fixtures) fixture.cleanup();
});

const prompt = (system: string, rows: string) =>
  `messages:\n  - {role: system, content: "${system}"}\n  - {role: user, content: "{{q}}"}\n${rows}evaluators:\n  - {name: polite, string: {contains: please}}\n`;
const inlineRows = (n: number) =>
  `testData:\n${Array.from({ length: n }, (_, i) => `  - {q: "question ${i}"}\n`).join("")}`;

/** Commits `base`, then applies `head` (null deletes) and prepares what changed, with `config`. */
async function prepare(base: Record<string, string>, head: Record<string, string | null>, config: Config) {
  const repo = createGitFixture();
  fixtures.push(repo);
  for (const [path, text] of Object.entries(base)) repo.write(path, text);
  const baseSha = await repo.commit("base");
  for (const [path, text] of Object.entries(head)) {
    if (text === null) repo.remove(path);
    else repo.write(path, text);
  }
  const headSha = await repo.commit("head");
  const reader = createGitRepoReader(repo.dir);
  const changes = await listPromptChanges(reader, baseSha, headSha, {
    globs: config.prompts,
    dataReferences: listDataReferences,
  });
  const prepared = await prepareAllPrompts(reader, changes, { base: baseSha, head: headSha }, config);
  return Object.fromEntries(prepared.map((p) => [p.change.path, p]));
}

describe("prepareAllPrompts", () => {
  it("makes oversized or binary data files and too many rows errors of their own prompt only", async () => {
    const config = configSchema.parse({ limits: { maxDataBytes: 64, maxRows: 3 } });
    const prepared = await prepare(
      {},
      {
        "p/big.prompt.yml": prompt("Be kind.", "testDataFile: big.jsonl\n"),
        "p/big.jsonl": `${'{"q": "a long enough question"}\n'.repeat(4)}`,
        "p/bin.prompt.yml": prompt("Be kind.", "testDataFile: rows.csv\n"),
        "p/rows.csv": `q\n${pngBytes}\n`,
        "p/many.prompt.yml": prompt("Be kind.", inlineRows(4)),
        "p/fine.prompt.yml": prompt("Be kind.", inlineRows(3)),
      },
      config,
    );
    expect(prepared["p/big.prompt.yml"]?.errors).toEqual([
      {
        file: "p/big.jsonl",
        message: expect.stringContaining("128 bytes, over `limits.maxDataBytes` (64 bytes)"),
      },
    ]);
    expect(prepared["p/bin.prompt.yml"]?.errors).toEqual([
      expect.objectContaining({
        file: "p/rows.csv",
        line: 4,
        message: expect.stringContaining("binary content"),
      }),
    ]);
    expect(prepared["p/many.prompt.yml"]?.errors).toEqual([
      expect.objectContaining({
        file: "p/many.prompt.yml",
        line: 8,
        message: expect.stringContaining("`limits.maxRows` (3)"),
      }),
    ]);
    expect(prepared["p/fine.prompt.yml"]).toMatchObject({ runnable: true, errors: [] });
  });

  it("pairs a deleted prompt with an added one of similar text; an ungated deletion is skipped", async () => {
    const config = configSchema.parse({});
    const system = "You answer billing questions for Acme politely and briefly, in English";
    const prepared = await prepare(
      {
        "p/billing.prompt.yml": prompt(system, inlineRows(3)),
        "p/notes.prompt.yml": "messages:\n  - {role: user, content: Summarise.}\n",
      },
      {
        "p/billing.prompt.yml": null,
        "p/notes.prompt.yml": null,
        // A long new description keeps git from calling this a rename; the messages are nearly the same.
        "p/invoices.prompt.yml": `description: ${"Rewritten from scratch. ".repeat(30)}\n${prompt(`${system}, always`, "testData:\n  - {q: other}\n")}`,
      },
      config,
    );
    expect(Object.keys(prepared)).toEqual(["p/invoices.prompt.yml", "p/notes.prompt.yml"]);
    const renamed = prepared["p/invoices.prompt.yml"]!;
    expect(renamed.change).toMatchObject({ change: "renamed", previousPath: "p/billing.prompt.yml" });
    // The base's three rows gate; the head's own row is reported, not gated.
    expect(renamed.plan?.cases.filter((c) => c.gated)).toHaveLength(3);
    expect(renamed.warnings, JSON.stringify(renamed.warnings)).toHaveLength(1);
    expect(renamed.warnings[0]?.message).toMatch(/^reviewed as a rename of p\/billing\.prompt\.yml/);
    expect(prepared["p/notes.prompt.yml"]).toMatchObject({
      verdict: "skipped",
      reasons: ["Deleted: nothing to run."],
    });
  });
});
