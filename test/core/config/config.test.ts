// promptgate.yml parsing: defaults, located errors with plain messages, and reading the config at the base commit.
import { afterAll, describe, expect, it } from "vitest";
import { createGitRepoReader } from "../../../src/adapters/git-repo.js";
import { configPaths, loadConfig, parseConfig } from "../../../src/core/config/config.js";
import { defaultConfig } from "../../../src/core/config/config-schema.js";
import { type Diagnostic, InputError } from "../../../src/core/diagnostics.js";
import { createGitFixture, type GitFixture } from "../../support/git-fixture.js";

/** The diagnostics of the InputError that parsing `text` throws. */
function diagnose(text: string, file = "promptgate.yml"): Diagnostic[] {
  try {
    parseConfig(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).diagnostics;
  }
  throw new Error("expected parseConfig to throw");
}

describe("parseConfig defaults", () => {
  it.each([
    ["an empty file", ""],
    ["a comments-only file", "# promptgate settings\n# gate:\n#   margin: 0.1\n"],
    ["a section whose children are all commented out", "gate:\n  # margin: 0.1\n"],
  ])("gives the defaults for %s", (_label, text) => {
    const { config, warnings } = parseConfig("promptgate.yml", text);
    expect(config).toEqual(defaultConfig);
    expect(warnings).toEqual([]);
  });

  it("keeps given values, fills the rest of a section with defaults, and keeps model ids as written", () => {
    const text = [
      "model: openai/gpt-4o",
      "gate:",
      "  margin: 0.1",
      "  maxCostIncrease: null",
      "pricing:",
      "  openai/gpt-4o: {input: 2.5, output: 10}",
    ].join("\n");
    const { config } = parseConfig("promptgate.yml", text);
    expect(config.model).toBe("openai/gpt-4o");
    expect(config.gate).toEqual({ ...defaultConfig.gate, margin: 0.1, maxCostIncrease: null });
    expect(config.pricing).toEqual({ "openai/gpt-4o": { input: 2.5, output: 10 } });
    expect(config.repeats).toBe(defaultConfig.repeats);
  });

  it("reports YAML warnings as located diagnostics without failing", () => {
    const { warnings } = parseConfig(".github/promptgate.yml", "repeats: 5\nmodel: !!custom gpt-4o\n");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: ".github/promptgate.yml", line: 2, column: 8 });
  });
});

describe("parseConfig errors", () => {
  it("names file, line, column and field for an out-of-range number", () => {
    expect(diagnose("repeats: 2\ngate:\n  margin: 5\n")).toEqual([
      {
        file: "promptgate.yml",
        line: 3,
        column: 11,
        field: "gate.margin",
        message: "must be a number between 0 and 1 (got 5)",
      },
    ]);
  });

  it("suggests the closest key for a misspelt one, at the key's position", () => {
    expect(diagnose("model: gpt-4o\ngaet:\n  margin: 0.1\n")).toEqual([
      {
        file: "promptgate.yml",
        line: 2,
        column: 1,
        field: "gaet",
        message: "unknown key `gaet` — did you mean `gate`?",
      },
    ]);
    const [nested] = diagnose("gate:\n  marign: 0.1\n");
    expect(nested).toMatchObject({ line: 2, column: 3, field: "gate.marign" });
    expect(nested?.message).toBe("unknown key `marign` — did you mean `margin`?");
  });

  it("lists the known keys when no key is close", () => {
    const [diagnostic] = diagnose("budget:\n  dollars: 3\n");
    expect(diagnostic?.field).toBe("budget.dollars");
    expect(diagnostic?.message).toBe("unknown key `dollars`; known keys: `maxCostUsd`, `maxCalls`");
  });

  it("reports every problem, in file order, with a plain message for each kind", () => {
    const text = [
      "prompts: []", // 1
      "repeats: 1.5", // 2
      "provider: {baseURL: not-a-url}", // 3
      "gate:", // 4
      "  confidence: high", // 5
      "  onInconclusive: maybe", // 6
      "budget: {maxCalls: -1}", // 7
      "pricing:", // 8
      "  openai/gpt-4o: {input: 1}", // 9
    ].join("\n");
    expect(
      diagnose(text).map(({ line, column, field, message }) => ({ line, column, field, message })),
    ).toEqual([
      { line: 1, column: 10, field: "prompts", message: "must be a non-empty list (got [])" },
      { line: 2, column: 10, field: "repeats", message: "must be an integer between 1 and 50 (got 1.5)" },
      { line: 3, column: 21, field: "provider.baseURL", message: 'must be a URL or null (got "not-a-url")' },
      {
        line: 5,
        column: 15,
        field: "gate.confidence",
        message: 'must be a number > 0.5 and < 1 (got "high")',
      },
      {
        line: 6,
        column: 19,
        field: "gate.onInconclusive",
        message: 'must be one of `neutral`, `pass`, `fail` (got "maybe")',
      },
      { line: 7, column: 20, field: "budget.maxCalls", message: "must be an integer ≥ 0 or null (got -1)" },
      {
        line: 9,
        column: 18,
        field: 'pricing["openai/gpt-4o"].output',
        message: "is required: must be a number ≥ 0",
      },
    ]);
  });

  it("formats the error message as file:line:col: field: message", () => {
    expect(() => parseConfig("promptgate.yml", "concurrency: 0\n")).toThrow(
      "promptgate.yml:1:14: concurrency: must be an integer between 1 and 256 (got 0)",
    );
  });

  it("reads the review deadline (30 minutes by default) and locates a bad one", () => {
    expect(parseConfig("promptgate.yml", "").config.review.deadlineMinutes).toBe(30);
    expect(parseConfig("promptgate.yml", "review:\n  deadlineMinutes: 12.5\n").config.review).toEqual({
      deadlineMinutes: 12.5,
    });
    expect(() => parseConfig("promptgate.yml", "review:\n  deadlineMinutes: 0\n")).toThrow(
      /promptgate\.yml:2:\d+: review\.deadlineMinutes: /,
    );
  });

  it("locates YAML syntax errors", () => {
    const [diagnostic, ...rest] = diagnose("gate:\n  margin: [0.1\nrepeats: 3\n", ".github/promptgate.yaml");
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ file: ".github/promptgate.yaml", line: 3, column: 1 });
    expect(diagnostic?.message).toMatch(/flow sequence/i);
    expect(diagnose("repeats: 3\nrepeats: 4\n")[0]).toMatchObject({
      line: 2,
      column: 1,
      message: "Map keys must be unique",
    });
  });

  it("rejects a document that is not a mapping", () => {
    expect(diagnose("\n- gate\n")).toEqual([
      {
        file: "promptgate.yml",
        line: 2,
        column: 1,
        message: "must be a mapping of settings, e.g. `gate: {margin: 0.05}`",
      },
    ]);
  });
});

describe("loadConfig", () => {
  const fixtures: GitFixture[] = [];
  afterAll(() => {
    for (const fixture of fixtures) fixture.cleanup();
  });

  async function buildRepo() {
    const repo = createGitFixture();
    fixtures.push(repo);
    repo.write(".github/promptgate.yml", "gate:\n  margin: 0.02\n");
    const base = await repo.commit("strict gate");
    // The pull request tries to loosen its own gate and adds a root config, which would win at head.
    repo.write(".github/promptgate.yml", "gate:\n  margin: 0.5\n");
    repo.write("promptgate.yml", "gate:\n  margin: 0.9\n");
    const head = await repo.commit("loosen the gate");
    return { reader: createGitRepoReader(repo.dir), base, head };
  }

  it("reads the first existing config path at the commit it is given", async () => {
    const { reader, base, head } = await buildRepo();
    const atBase = await loadConfig(reader, base);
    expect(atBase.path).toBe(".github/promptgate.yml");
    expect(atBase.config.gate.margin).toBe(0.02);
    const atHead = await loadConfig(reader, head);
    expect(atHead.path).toBe(configPaths[0]);
    expect(atHead.config.gate.margin).toBe(0.9);
  });

  it("uses the defaults when no config exists", async () => {
    const repo = createGitFixture();
    fixtures.push(repo);
    repo.write("README.md", "# demo\n");
    const sha = await repo.commit("no config");
    expect(await loadConfig(createGitRepoReader(repo.dir), sha)).toEqual({
      config: defaultConfig,
      path: null,
      warnings: [],
    });
  });

  it("reads an explicit path, and fails with a located error when it does not exist", async () => {
    const { reader, base } = await buildRepo();
    const explicit = await loadConfig(reader, base, "./.github/promptgate.yml");
    expect(explicit.path).toBe(".github/promptgate.yml");
    await expect(loadConfig(reader, base, "ci/promptgate.yml")).rejects.toThrow(
      `ci/promptgate.yml: config file not found at commit ${base.slice(0, 12)}`,
    );
  });

  it("names the config file in errors from the repository", async () => {
    const repo = createGitFixture();
    fixtures.push(repo);
    repo.write("promptgate.yaml", "repeats: many\n");
    const sha = await repo.commit("bad config");
    await expect(loadConfig(createGitRepoReader(repo.dir), sha)).rejects.toThrow(
      'promptgate.yaml:1:10: repeats: must be an integer between 1 and 50 (got "many")',
    );
  });
});
