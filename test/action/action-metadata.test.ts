// action.yml agrees with the code and the docs: input names, defaults, runtime, and the generated tables.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { hasTableMarkers, updateActionTables } from "../../scripts/update-readme-action.js";
import { ACTION_INPUT_NAMES, parseActionInputs } from "../../src/action/inputs.js";

const root = new URL("../../", import.meta.url).pathname;
const actionYaml = readFileSync(`${root}action.yml`, "utf8");
const action = parse(actionYaml) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const readme = existsSync(`${root}README.md`) ? readFileSync(`${root}README.md`, "utf8") : "";

describe("action.yml", () => {
  it("runs the bundle on node24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("declares exactly the inputs the schema parses, with the same defaults", () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ACTION_INPUT_NAMES].sort());
    const fromDefaults = parseActionInputs((name) => {
      const value = action.inputs[name]?.default ?? "";
      return value.startsWith("${{") ? "" : value;
    });
    expect(parseActionInputs(() => "")).toEqual(fromDefaults);
  });

  it("declares the outputs the action sets", () => {
    expect(Object.keys(action.outputs)).toEqual([
      "verdict",
      "report",
      "comment-url",
      "check-run-id",
      "cost-usd",
    ]);
  });
});

describe("generated input and output tables", () => {
  it("are current in README.md (run `npm run readme`)", () => {
    expect(hasTableMarkers(readme)).toBe(true);
    expect(updateActionTables(readme, actionYaml)).toBe(readme);
  });
});
