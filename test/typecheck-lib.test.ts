// The DOM types stay with the browser test: code in src/ runs in Node, where `document` does not exist, so the
// project's typecheck must reject it there; only tsconfig.browser-test.json (the browser test) may see it.
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

/**
 * The diagnostics of one probe file type-checked inside the whole program a tsconfig describes (every file it
 * includes is parsed, so a `/// <reference lib="dom" />` anywhere would make `document` global for the probe).
 */
function diagnoseProbe(configFile: string, probe: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, configFile),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error(`${configFile}: not readable`);
  const probePath = join(root, "src", "dom-probe.ts");
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) =>
    name === probePath ? ts.createSourceFile(name, probe, version) : getSourceFile(name, version, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === probePath || fileExists(name);
  const program = ts.createProgram([...parsed.fileNames, probePath], parsed.options, host);
  return program
    .getSemanticDiagnostics(program.getSourceFile(probePath))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
}

describe("DOM types", () => {
  it("are not visible to src/ under the project's tsconfig.json", () => {
    const errors = diagnoseProbe("tsconfig.json", "export const title: string = document.title;\n");
    expect(errors).toEqual([expect.stringMatching(/^Cannot find name 'document'/)]);
  }, 60_000);

  it("are visible to the browser test under tsconfig.browser-test.json", () => {
    expect(
      diagnoseProbe("tsconfig.browser-test.json", "export const title: string = document.title;\n"),
    ).toEqual([]);
  }, 60_000);
});
