// The committed JSON Schema must match the zod config schema, and must accept what the config parser accepts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { CONFIG_SCHEMA_PATH, renderConfigJsonSchema } from "../src/core/config/config-json-schema.js";

const committed = readFileSync(join(import.meta.dirname, "..", CONFIG_SCHEMA_PATH), "utf8");

describe("schema/promptgate.schema.json", () => {
  it("is up to date with src/core/config/config-schema.ts", () => {
    expect(committed, `${CONFIG_SCHEMA_PATH} is stale: run \`npm run schema\` and commit the result`).toBe(
      renderConfigJsonSchema(),
    );
  });

  it("carries an id, a title and descriptions for editors", () => {
    const schema = JSON.parse(committed);
    expect(schema.$id).toMatch(/promptgate\.schema\.json$/);
    expect(schema.title).toBe("promptgate configuration");
    expect(schema.properties.gate.properties.margin.description).toMatch(/pass-rate drop/);
  });

  it("validates a full config and rejects a misspelt key", () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(JSON.parse(committed));
    const full = {
      prompts: ["prompts/**/*.prompt.yml"],
      model: "openai/gpt-4o",
      provider: { baseURL: "http://127.0.0.1:11434/v1", apiKeyEnv: "OLLAMA_KEY" },
      repeats: 5,
      gate: { margin: 0.1, maxCostIncrease: null, onInconclusive: "fail" },
      budget: { maxCostUsd: null },
      pricing: { "my-finetune": { input: 0.3, output: 1.2 } },
      traffic: { "prompts/support.prompt.yml": { callsPerDay: 20000 } },
    };
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({})).toBe(true);
    expect(validate({ gaet: { margin: 0.1 } })).toBe(false);
    expect(validate({ gate: { margin: 2 } })).toBe(false);
  });
});
