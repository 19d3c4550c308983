// The size lint: a 61-line function or a 301-line file fails, by file and line; 60 and 300 pass; so does the project.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { checkSize, countLines, FILE, measureSource } from "../../scripts/check-size.js";

const repo = resolve(import.meta.dirname, "../..");
const temps: string[] = [];

/** A throwaway repository root holding only the given src files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "size-"));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** `lines` source lines in all, the first opening and the last closing the function. */
function functionOf(lines: number, head = "export function big() {"): string {
  const body = Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i};`);
  return [head, ...body, "}", ""].join("\n");
}

/** A file of `lines` lines with no function in it. */
function fileOf(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `export const c${i} = ${i};\n`).join("");
}

afterEach(() => {
  for (const root of temps.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("size lint", () => {
  it("passes on the project's own src/ with every listed exception still over the limit", () => {
    expect(checkSize(repo)).toEqual({ oversized: [], staleExceptions: [] });
  });

  it("fails a 61-line function and a 301-line file, and passes 60 and 300", () => {
    const root = tree({
      "src/core/long.ts": `// a\n${functionOf(61)}`,
      "src/core/ok.ts": functionOf(60),
      "src/core/big.ts": fileOf(301),
      "src/core/full.ts": fileOf(300),
    });
    expect(checkSize(root, []).oversized).toEqual([
      { path: "src/core/big.ts", line: 1, name: FILE, lines: 301 },
      { path: "src/core/long.ts", line: 2, name: "big", lines: 61 },
    ]);
  });

  it("measures arrows, function expressions and methods, and a factory closure as a whole", () => {
    const inner = functionOf(30, "  function step() {").replace(/^/gm, "  ");
    const factory = ["export function createThing() {", inner, inner, "  return step;", "}"].join("\n");
    const found = (text: string) => measureSource("src/a.ts", text).map((o) => `${o.name}:${o.lines}`);
    expect(found(factory)).toEqual(["createThing:65"]);
    expect(found(functionOf(61, "export const arrow = () => {"))).toEqual(["arrow:61"]);
    expect(found(functionOf(61, "const f = { g: function () {"))).toEqual(["g:61"]);
    expect(found(`class K {\n${functionOf(61, "  method() {")}}\n`)).toEqual(["method:61"]);
    expect(found(`[1].map(${functionOf(61, "(x) => {")});\n`)).toEqual(["<anonymous>:61"]);
  });

  it("passes a listed exception, reports one no longer over the limit, and skips generated files", () => {
    const root = tree({
      "src/a.ts": functionOf(70),
      "src/judges.generated.ts": fileOf(400),
    });
    const listed = { path: "src/a.ts", name: "big" };
    const gone = { path: "src/b.ts", name: "small" };
    expect(checkSize(root, [listed, gone])).toEqual({ oversized: [], staleExceptions: [gone] });
  });

  it("counts lines as an editor numbers them", () => {
    expect([countLines(""), countLines("a"), countLines("a\n"), countLines("a\nb")]).toEqual([0, 1, 1, 2]);
  });

  it("fails the lint command with path:line name (N lines)", async () => {
    const root = tree({ "src/app/small.ts": functionOf(60, "export function fits() {") });
    writeFileSync(join(root, "src/app/extra.ts"), functionOf(61, "export const handle = async () => {"));
    const run = promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/check-size.ts", root], {
      cwd: repo,
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("src/app/extra.ts:1 handle (61 lines)"),
    });
  });
});
