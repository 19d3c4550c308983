// The README as a new user reads it: its tables render, and what it quotes is what the product prints today.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createGitFixture } from "./support/git-fixture.js";
import { findStrayTableRows, findTables } from "./support/markdown-source.js";
import { runCliCaptured } from "./support/run-cli.js";

const readme = readFileSync("README.md", "utf8");
const repo = createGitFixture();
afterAll(() => repo.cleanup());

/** A README quote with `FILE:LINE`, `…` and `N` placeholders, as a pattern over the real message. */
function quotePattern(quote: string): RegExp {
  const escaped = quote.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    escaped.replace("FILE:LINE", "\\S+:\\d+").replaceAll("…", ".*").replaceAll("\\bN\\b", "\\d+"),
  );
}

describe("README", () => {
  it("has no table row outside its table, and every row has the header's number of cells", () => {
    expect(findStrayTableRows(readme)).toEqual([]);
    for (const table of findTables(readme)) {
      const width = table.rows[0]!.length;
      for (const row of table.rows)
        expect(row.length, `README.md:${table.line}: ${row.join(" | ")}`).toBe(width);
    }
  });

  it("shows the App's missing-variables message exactly as dist/app.js prints it", () => {
    const run = spawnSync(process.execPath, ["dist/app.js"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH },
    });
    expect(run.status).toBe(2);
    const printed = run.stderr.trim();
    expect(printed).toContain("OPENAI_API_KEY");
    expect(readme).toContain(`\`\`\`\n${printed}\n\`\`\``);
  });

  it("quotes the message a test row without a placeholder's value produces today", async () => {
    const prompt = (content: string) =>
      `messages:\n  - role: user\n    content: "${content}"\ntestData:\n  - name: Ada\n`;
    repo.write("a.prompt.yml", prompt("Hi {{name}}"));
    await repo.commit("base");
    repo.write("a.prompt.yml", prompt("Hi {{name}}, {{x}}"));
    await repo.commit("head");
    const result = await runCliCaptured(["review", "--repo", repo.dir, "--base", "HEAD~1", "--offline"]);
    expect(result.code).toBe(2);
    const quote = /\| `(review could not run[^`]*\{\{x\}\})` \|/.exec(readme)?.[1];
    expect(quote, "the troubleshooting row for a missing placeholder").toBeDefined();
    expect(result.stdout + result.stderr).toMatch(quotePattern(quote!));
  });

  it("documents PROMPTGATE_DEBUG, which the CLI reads", () => {
    expect(readFileSync("src/cli/logger.ts", "utf8")).toContain("PROMPTGATE_DEBUG");
    expect(readme).toMatch(/`PROMPTGATE_DEBUG=1`/);
  });

  it("never tells a user to run `npx promptgate` (the package is on no registry)", () => {
    for (const file of ["README.md", "scripts/demo.mjs"]) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/npx promptgate/);
    }
  });
});
