// `--cache-dir` that cannot be a folder: the CLI says, once, that the response cache is off, instead of paying
// for every answer again in silence; an engine whose cache refuses writes says so once per run.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFileCache } from "../../src/adapters/file-cache.js";
import { createEngine } from "../../src/engine/engine.js";
import { createFakeModel } from "../support/fake-model.js";
import { useFakeProvider } from "../support/fake-provider.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";
import { runCliCaptured } from "../support/run-cli.js";

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

const fake = useFakeProvider();
let repo: GitFixture;
const scratch = mkdtempSync(join(tmpdir(), "promptgate-cache-dir-"));

beforeAll(async () => {
  repo = createGitFixture();
  repo.write("greeter.prompt.yml", prompt("You greet people."));
  await repo.commit("base");
  repo.write("greeter.prompt.yml", prompt("You greet people warmly."));
  await repo.commit("head");
});
afterAll(() => {
  repo.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

describe("review --cache-dir FILE", () => {
  it("warns once that the cache is off, and a second run calls the model again", async () => {
    const file = join(scratch, "not-a-folder");
    writeFileSync(file, "a file\n");
    const args = ["review", "--repo", repo.dir, "--base", "HEAD~1", "--repeats", "1", "--cache-dir", file];
    const first = await runCliCaptured(args);
    expect(first.code).not.toBe(2);
    const warnings = first.stderr.split("\n").filter((line) => line.startsWith("warning:"));
    expect(warnings).toEqual([
      `warning: the response cache is off for this run: ${file} is a file, not a directory (--cache-dir). ` +
        "Every answer is asked of the model again and none is kept; point it at a folder.",
    ]);
    const callsAfterFirst = fake.server().calls;
    expect(callsAfterFirst).toBe(4); // 2 cases × 1 repeat × base and head
    await runCliCaptured(args);
    expect(fake.server().calls).toBe(2 * callsAfterFirst);
  });

  it("also when the folder would be created under a file", async () => {
    const file = join(scratch, "also-a-file");
    writeFileSync(file, "a file\n");
    const args = ["review", "--repo", repo.dir, "--base", "HEAD~1", "--repeats", "1"];
    const result = await runCliCaptured([...args, "--cache-dir", join(file, "cache")]);
    expect(result.stderr).toContain(
      `the response cache is off for this run: ${file} is a file, not a directory`,
    );
  });
});

describe("engine with a cache that refuses writes", () => {
  it("reports the first failed write once and still answers every call", async () => {
    const file = join(scratch, "blocked");
    writeFileSync(file, "a file\n");
    const reported: unknown[] = [];
    const engine = createEngine({
      model: createFakeModel(),
      cache: createFileCache(join(file, "cache")), // every write fails: its parent is a file
      cacheMode: "use",
      concurrency: 2,
      maxRetries: 0,
      timeoutMs: 5_000,
      budget: { maxCalls: null, maxCostUsd: null },
      priceOf: () => null,
      onCacheWriteError: (error) => reported.push(error),
    });
    const outcomes = await Promise.all(
      [1, 2, 3].map((i) =>
        engine.call({
          label: `p.prompt.yml#c${i} head sample 1`,
          request: { model: "m", messages: [{ role: "user", content: `question ${i}` }] },
          sample: 0,
        }),
      ),
    );
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    expect(reported).toHaveLength(1);
    expect((reported[0] as NodeJS.ErrnoException).code).toBe("ENOTDIR");
  });
});
