// The layer lint: today's tree passes, and an import up the layer order or between shells fails, by file and line.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { checkLayers, edgeProblem, findRouteStrings } from "../../scripts/check-layers.js";

const repo = resolve(import.meta.dirname, "../..");
const temps: string[] = [];

/** A throwaway repository root holding only the given src files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "layers-"));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const root of temps.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("layer lint", () => {
  it("passes on the project's own src/ with every listed exception still in use", () => {
    expect(checkLayers(repo)).toEqual({ violations: [], staleExceptions: [], unplaced: [] });
  });

  it("allows imports downward and within a layer, and refuses them upward and between shells", () => {
    expect(edgeProblem("src/action/action-main.ts", "src/pr/review-pull-request.ts")).toBeUndefined();
    expect(edgeProblem("src/pr/review-pull-request.ts", "src/core/config/config.ts")).toBeUndefined();
    expect(edgeProblem("src/core/config/config.ts", "src/core/diff/glob.ts")).toBeUndefined();
    expect(edgeProblem("src/action/action-main.ts", "src/action/review-event.ts")).toBeUndefined();
    expect(edgeProblem("src/core/config/config.ts", "src/render/format.ts")).toBe(
      "core imports render, which is above it in the layer order",
    );
    expect(edgeProblem("src/app/app.ts", "src/action/inputs.ts")).toBe(
      "shell app imports shell action; shells never import each other",
    );
  });

  it("refuses an import from src/ into test/ or scripts/", () => {
    expect(edgeProblem("src/core/gate/case-order.ts", "test/support/random.ts")).toBe(
      "src/core/gate/case-order.ts imports test/support/random.ts, outside src/: shipped code never reads test or script files",
    );
  });

  it("lets other folders into the review pipeline only through src/review/index.ts", () => {
    expect(edgeProblem("src/pr/review-pull-request.ts", "src/review/index.ts")).toBeUndefined();
    expect(edgeProblem("src/review/index.ts", "src/review/review-changes.ts")).toBeUndefined();
    expect(edgeProblem("src/cli/review-command.ts", "src/review/build-report.ts")).toBe(
      "src/cli/review-command.ts reaches into the review pipeline; import src/review/index.ts instead",
    );
  });

  it("finds static, type-only, re-exported and dynamic imports, each with its line", () => {
    const root = tree({
      "src/core/a.ts": [
        'import { x } from "./b.js";',
        'import type { E } from "../engine/model.js";',
        'export { R } from "../render/format.js";',
        'const m = await import("../adapters/git-repo.js");',
      ].join("\n"),
    });
    const { violations } = checkLayers(root, []);
    expect(violations.map((v) => [v.line, v.to])).toEqual([
      [2, "src/engine/model.ts"],
      [3, "src/render/format.ts"],
      [4, "src/adapters/git-repo.ts"],
    ]);
  });

  it("passes a listed exception, reports one that no longer matches, and reports files in no layer", () => {
    const root = tree({
      "src/core/a.ts": 'import type { E } from "../engine/model.js";\n',
      "src/extra/b.ts": "export const b = 1;\n",
    });
    const listed = { from: "src/core/a.ts", to: "src/engine/model.ts" };
    const gone = { from: "src/core/c.ts", to: "src/app/app.ts" };
    expect(checkLayers(root, [listed, gone])).toEqual({
      violations: [],
      staleExceptions: [gone],
      unplaced: ["src/extra/b.ts"],
    });
  });

  it("finds a GitHub route string outside src/adapters/, by file and line, and none in the project's src/", () => {
    const root = tree({
      "src/pr/label.ts": [
        "// GET /repos in a comment is no call",
        'const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/events";',
        // A template literal's head counts too.
        ["const patch = `PATCH /repos/$", "{owner}/check-runs`;"].join(""),
        'const text = "GET the label";',
      ].join("\n"),
      "src/adapters/github/labels.ts": 'const route = "DELETE /repos/{owner}/{repo}/labels/{name}";\n',
    });
    expect(findRouteStrings(root)).toEqual([
      { file: "src/pr/label.ts", line: 2, route: "GET /repos/{owner}/{repo}/issues/{issue_number}/events" },
      { file: "src/pr/label.ts", line: 3, route: "PATCH /repos/" },
    ]);
    expect(findRouteStrings(repo)).toEqual([]);
  });

  it("fails the lint command on a back-edge added to a copy of the project's src/", async () => {
    const root = mkdtempSync(join(tmpdir(), "layers-"));
    temps.push(root);
    cpSync(join(repo, "src"), join(root, "src"), { recursive: true });
    writeFileSync(join(root, "src/core/back-edge.ts"), 'import type { AppEnv } from "../app/app-env.js";\n');
    const run = promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/check-layers.ts", root], {
      cwd: repo,
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'src/core/back-edge.ts:1: import "../app/app-env.js" → src/app/app-env.ts: core imports app, which is above it in the layer order.',
      ),
    });
  });
});
