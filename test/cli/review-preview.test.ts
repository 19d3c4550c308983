// `promptgate review --preview FILE.html`: the comment as GitHub shows it, written next to the other outputs.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createGitFixture } from "../support/git-fixture.js";
import { runCliCaptured } from "../support/run-cli.js";

const repo = createGitFixture();
afterAll(() => repo.cleanup());

const previewDryRun = (path: string) =>
  runCliCaptured(["review", "--dry-run", "--repo", repo.dir, "--base", "HEAD~1", "--preview", path]);

describe("review --preview", () => {
  it("writes one self-contained HTML page: GitHub's stylesheet, the rendered comment, no scripts", async () => {
    repo.write("a.prompt.yml", "messages:\n  - role: user\n    content: Hello there\n");
    await repo.commit("base");
    repo.write("a.prompt.yml", "messages:\n  - role: user\n    content: Hello there, @octocat\n");
    await repo.commit("head");
    const preview = join(repo.dir, "comment.html");
    const result = await previewDryRun(preview);
    expect(result.code).toBe(0);
    const html = readFileSync(preview, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(".markdown-body {"); // github-markdown-css, inlined
    expect(html).toContain("prefers-color-scheme: dark");
    expect(html).toContain("<strong>promptgate: dry run</strong>");
    expect(html).toMatch(/<details[ >]/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link |<iframe/i);
    expect(html).not.toContain('class="user-mention"');
  });

  it("checks the folder before running, like --json and --markdown", async () => {
    const missing = join(repo.dir, "no-such-folder", "comment.html");
    const result = await previewDryRun(missing);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--preview");
    expect(existsSync(missing)).toBe(false);
  });
});
