// The Action's inputs: defaults for empty values, YAML booleans, choices, and located errors.
import { describe, expect, it } from "vitest";
import { parseActionInputs } from "../../src/action/inputs.js";
import { InputError } from "../../src/core/diagnostics.js";

const read = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("parseActionInputs", () => {
  it("applies the defaults when the runner passes empty strings", () => {
    expect(parseActionInputs(read({ "github-token": "ghs_x" }))).toEqual({
      "github-token": "ghs_x",
      "openai-api-key": undefined,
      "openai-base-url": undefined,
      config: undefined,
      mode: "review",
      "fail-on": "regression",
      comment: true,
      "dry-run": false,
      "deadline-minutes": undefined,
      "data-branch": "promptgate-data",
      prompt: undefined,
      to: undefined,
    });
  });

  it("reads YAML booleans and trims values", () => {
    const inputs = parseActionInputs(
      read({ comment: "False", "dry-run": " TRUE ", config: " .github/promptgate.yml " }),
    );
    expect(inputs).toMatchObject({ comment: false, "dry-run": true, config: ".github/promptgate.yml" });
  });

  it("names the input and the allowed values when one is wrong", () => {
    const attempt = () => parseActionInputs(read({ "fail-on": "always", comment: "yes" }));
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(/fail-on: .*regression.*never/);
    expect(attempt).toThrow(/comment: must be true or false, got "yes"/);
  });

  it("rejects a base URL that is not a URL", () => {
    expect(() => parseActionInputs(read({ "openai-base-url": "localhost:8080" }))).toThrow(/openai-base-url/);
  });

  it("reads the deadline in minutes, fractions included, and names a bad one", () => {
    expect(parseActionInputs(read({ "deadline-minutes": " 0.5 " }))["deadline-minutes"]).toBe(0.5);
    expect(() => parseActionInputs(read({ "deadline-minutes": "soon" }))).toThrow(
      /deadline-minutes: must be a number of minutes/,
    );
    expect(() => parseActionInputs(read({ "deadline-minutes": "0" }))).toThrow(
      /deadline-minutes: must be more than 0/,
    );
    expect(() => parseActionInputs(read({ "deadline-minutes": "999" }))).toThrow(
      /deadline-minutes: must be at most 360/,
    );
  });

  it("needs the prompt path in rollback mode", () => {
    expect(() => parseActionInputs(read({ mode: "rollback" }))).toThrow(
      /prompt: mode: rollback needs the path/,
    );
    expect(
      parseActionInputs(read({ mode: "rollback", prompt: "p.prompt.yml", to: "abc1234" })),
    ).toMatchObject({
      mode: "rollback",
      prompt: "p.prompt.yml",
      to: "abc1234",
    });
  });
});
