// A range with no prompt change is answered from the compare, without a model; a changed prompt or its data file is a change.
import { describe, expect, it } from "vitest";
import { createGitHubRepoReader } from "../../src/adapters/github/github-repo-reader.js";
import { configSchema } from "../../src/core/config/config-schema.js";
import { noCache } from "../../src/engine/cache.js";
import { silentLogger } from "../../src/ports.js";
import { reviewPullRequestRange } from "../../src/review/index.js";
import { hasPromptChanges } from "../../src/review/skip-unchanged.js";
import { seedPullRequest } from "../support/fake-github/seed.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";

const fake = useFakeGitHub();
const config = configSchema.parse({});
const prompt =
  "name: Support\nmessages:\n  - role: user\n    content: '{{question}}'\ntestDataFile: cases.csv\n";

function range(head: Record<string, string | null>) {
  const { baseSha, headSha } = seedPullRequest(fake.github, {
    base: {
      "prompts/support.prompt.yml": prompt,
      "prompts/cases.csv": "question\nhi\n",
      "README.md": "# shop\n",
    },
    head,
  });
  return {
    repo: createGitHubRepoReader(fake.client, { owner: "octo-org", repo: "prompts" }),
    baseSha,
    headSha,
  };
}

describe("hasPromptChanges", () => {
  it.each([
    ["a README edit", { "README.md": "# shop!\n" }, false],
    ["a prompt edit", { "prompts/support.prompt.yml": `${prompt}# tweak\n` }, true],
    ["an edit of the prompt's data file", { "prompts/cases.csv": "question\nhello\n" }, true],
  ])("%s → %s", async (_name, head, changed) => {
    const { repo, ...shas } = range(head);
    expect(await hasPromptChanges(repo, shas, config)).toBe(changed);
  });
});

describe("reviewPullRequestRange", () => {
  const deps = (repo: ReturnType<typeof range>["repo"]) => ({
    repo,
    logger: silentLogger,
    createCache: () => noCache,
    cacheMode: "off" as const,
  });

  it("reports a skipped review, starting from the compare, when no prompt changed", async () => {
    const { repo, ...shas } = range({ "README.md": "# shop!\n" });
    const report = await reviewPullRequestRange(deps(repo), shas, { dryRun: false, config });
    expect(report?.verdict).toBe("skipped");
    expect(report?.prompts).toEqual([]);
    expect(fake.github.requests[0]?.path).toMatch(/\/compare\//);
  });

  it("reviews the changed prompt from that one compare when a prompt changed", async () => {
    const { repo, ...shas } = range({ "prompts/support.prompt.yml": `${prompt}# tweak\n` });
    const report = await reviewPullRequestRange(deps(repo), shas, { dryRun: true, config });
    expect(report.prompts.map((p) => p.path)).toEqual(["prompts/support.prompt.yml"]);
    expect(fake.github.requests.filter((r) => /\/compare\//.test(r.path))).toHaveLength(1);
  });
});
