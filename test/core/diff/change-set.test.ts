// The change set on real git history: which prompt files a review covers, and with which versions.
import { afterAll, describe, expect, it } from "vitest";
import { createGitRepoReader } from "../../../src/adapters/git-repo.js";
import { defaultConfig } from "../../../src/core/config/config-schema.js";
import { listPromptChanges, matchesPromptGlobs } from "../../../src/core/diff/change-set.js";
import { createGitFixture, type GitFixture } from "../../support/git-fixture.js";
import { pngBytes } from "../../support/hostile-inputs.js";

const globs = defaultConfig.prompts;

/** Stands in for the prompt parser: a `testDataFile: path` line names the prompt's data file. */
function readTestDataLine(_path: string, text: string): string[] {
  return [...text.matchAll(/^testDataFile:\s*(\S+)\s*$/gm)].map((match) => match[1]!);
}

// Long enough that git's similarity index still calls an edited move a rename.
const supportPrompt = [
  "name: Support reply",
  "model: gpt-4o-mini",
  "messages:",
  "  - role: system",
  "    content: You answer customer questions about billing politely and briefly.",
  "  - role: user",
  "    content: '{{question}}'",
  "testData:",
  "  - question: How do I get a refund?",
  "  - question: Why was I charged twice?",
  "",
].join("\n");

const fixtures: GitFixture[] = [];
afterAll(() => {
  for (const fixture of fixtures) fixture.cleanup();
});

/** A repo with one prompt committed as base; `edit` makes the head commit. */
async function diffAfter(
  edit: (repo: GitFixture) => void,
  options = { globs, dataReferences: readTestDataLine },
) {
  const repo = createGitFixture();
  fixtures.push(repo);
  repo.write("prompts/support.prompt.yml", supportPrompt);
  repo.write("README.md", "# prompts\n");
  const base = await repo.commit("base");
  edit(repo);
  const head = await repo.commit("head");
  return listPromptChanges(createGitRepoReader(repo.dir), base, head, options);
}

describe("listPromptChanges", () => {
  it("reports an added prompt with its head text only", async () => {
    const text = "name: Triage\nmessages: []\n";
    const changes = await diffAfter((repo) => repo.write(".github/prompts/triage.prompt.yaml", text));
    expect(changes).toEqual([
      {
        path: ".github/prompts/triage.prompt.yaml",
        change: "added",
        head: { path: ".github/prompts/triage.prompt.yaml", text },
        changedDataFiles: [],
      },
    ]);
  });

  it("reports a modified prompt with both versions", async () => {
    const edited = supportPrompt.replace("politely", "warmly");
    const changes = await diffAfter((repo) => repo.write("prompts/support.prompt.yml", edited));
    expect(changes).toEqual([
      {
        path: "prompts/support.prompt.yml",
        change: "modified",
        base: { path: "prompts/support.prompt.yml", text: supportPrompt },
        head: { path: "prompts/support.prompt.yml", text: edited },
        changedDataFiles: [],
      },
    ]);
  });

  it("reports a deleted prompt with its base text only", async () => {
    const changes = await diffAfter((repo) => repo.remove("prompts/support.prompt.yml"));
    expect(changes).toEqual([
      {
        path: "prompts/support.prompt.yml",
        change: "deleted",
        base: { path: "prompts/support.prompt.yml", text: supportPrompt },
        changedDataFiles: [],
      },
    ]);
  });

  it("keeps a binary prompt in the change set with its located error", async () => {
    const changes = await diffAfter((repo) =>
      repo.write("prompts/logo.prompt.yml", `name: logo\n${pngBytes}`),
    );
    expect(changes).toEqual([
      {
        path: "prompts/logo.prompt.yml",
        change: "added",
        head: {
          path: "prompts/logo.prompt.yml",
          text: "",
          unreadable: [expect.objectContaining({ file: "prompts/logo.prompt.yml", line: 4 })],
        },
        changedDataFiles: [],
      },
    ]);
  });

  it("passes over an unchanged binary file matched by the globs when looking for changed eval data", async () => {
    const repo = createGitFixture();
    fixtures.push(repo);
    repo.write("prompts/support.prompt.yml", `${supportPrompt}testDataFile: prompts/rows.csv\n`);
    repo.write("prompts/rows.csv", "question\nHi\n");
    repo.write("prompts/logo.prompt.yml", pngBytes);
    const base = await repo.commit("base");
    repo.write("prompts/rows.csv", "question\nHello\n");
    const head = await repo.commit("head");
    const changes = await listPromptChanges(createGitRepoReader(repo.dir), base, head, {
      globs,
      dataReferences: readTestDataLine,
    });
    expect(changes.map(({ path, changedDataFiles }) => ({ path, changedDataFiles }))).toEqual([
      { path: "prompts/support.prompt.yml", changedDataFiles: ["prompts/rows.csv"] },
    ]);
  });

  it("detects a pure rename", async () => {
    const changes = await diffAfter((repo) =>
      repo.rename("prompts/support.prompt.yml", "prompts/billing.prompt.yml"),
    );
    expect(changes).toEqual([
      {
        path: "prompts/billing.prompt.yml",
        change: "renamed",
        previousPath: "prompts/support.prompt.yml",
        base: { path: "prompts/support.prompt.yml", text: supportPrompt },
        head: { path: "prompts/billing.prompt.yml", text: supportPrompt },
        changedDataFiles: [],
      },
    ]);
  });

  it("keeps a renamed and edited prompt a rename, with the edited text at head", async () => {
    const edited = supportPrompt.replace("briefly", "in two sentences at most");
    const changes = await diffAfter((repo) => {
      repo.remove("prompts/support.prompt.yml");
      repo.write("prompts/billing/support.prompt.yml", edited);
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      path: "prompts/billing/support.prompt.yml",
      change: "renamed",
      previousPath: "prompts/support.prompt.yml",
      base: { text: supportPrompt },
      head: { text: edited },
    });
  });

  it("treats a rename out of or into the prompt globs as a delete or an add", async () => {
    const outOf = await diffAfter((repo) => repo.rename("prompts/support.prompt.yml", "archive/support.yml"));
    expect(outOf.map(({ path, change }) => ({ path, change }))).toEqual([
      { path: "prompts/support.prompt.yml", change: "deleted" },
    ]);
    const into = await diffAfter((repo) => repo.rename("README.md", "docs/readme.prompt.yml"));
    expect(into).toEqual([
      {
        path: "docs/readme.prompt.yml",
        change: "added",
        head: { path: "docs/readme.prompt.yml", text: "# prompts\n" },
        changedDataFiles: [],
      },
    ]);
  });

  it("is empty when only non-prompt files changed", async () => {
    const changes = await diffAfter((repo) => {
      repo.write("README.md", "# prompts\n\nNow with docs.\n");
      repo.write("src/app.ts", "export {};\n");
    });
    expect(changes).toEqual([]);
  });

  it("marks an unchanged prompt modified when a data file it references changed", async () => {
    const repo = createGitFixture();
    fixtures.push(repo);
    const withData = `${supportPrompt}testDataFile: ./data/support.csv\n`;
    repo.write("prompts/support.prompt.yml", withData);
    repo.write("prompts/other.prompt.yml", "name: Other\ntestDataFile: data/other.csv\n");
    repo.write("data/support.csv", "question\nrefund?\n");
    repo.write("data/other.csv", "question\nhello\n");
    const base = await repo.commit("base");
    repo.write("data/support.csv", "question\nrefund?\ndouble charge?\n");
    repo.write("prompts/new.prompt.yml", "name: New\ntestDataFile: data/support.csv\n");
    const head = await repo.commit("more data");

    const changes = await listPromptChanges(createGitRepoReader(repo.dir), base, head, {
      globs,
      dataReferences: readTestDataLine,
    });
    expect(changes.map(({ path, change, changedDataFiles }) => ({ path, change, changedDataFiles }))).toEqual(
      [
        // The added prompt uses the data too, but it is already in the set as an addition.
        { path: "prompts/new.prompt.yml", change: "added", changedDataFiles: [] },
        { path: "prompts/support.prompt.yml", change: "modified", changedDataFiles: ["data/support.csv"] },
      ],
    );
    expect(changes[1]?.base?.text).toBe(withData);
    expect(changes[1]?.head?.text).toBe(withData);
  });

  it("follows custom globs", async () => {
    const changes = await diffAfter(
      (repo) => {
        repo.write("llm/greeting.yaml", "name: Greeting\n");
        repo.write("prompts/support.prompt.yml", `${supportPrompt}# tweak\n`);
      },
      { globs: ["llm/**/*.yaml"], dataReferences: readTestDataLine },
    );
    expect(changes.map(({ path, change }) => ({ path, change }))).toEqual([
      { path: "llm/greeting.yaml", change: "added" },
    ]);
  });
});

describe("matchesPromptGlobs", () => {
  it("matches at the root, in nested and in dot folders", () => {
    expect(matchesPromptGlobs("support.prompt.yml", globs)).toBe(true);
    expect(matchesPromptGlobs(".github/prompts/a/b.prompt.yaml", globs)).toBe(true);
    expect(matchesPromptGlobs("prompts/support.yml", globs)).toBe(false);
    expect(matchesPromptGlobs("prompts/support.prompt.yml", ["llm/**"])).toBe(false);
    expect(matchesPromptGlobs("anything.prompt.yml", [])).toBe(false);
  });
});
