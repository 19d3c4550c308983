// The JSON Schema of `promptgate.yml`, generated from the zod schema so editors can validate users' files.
import { z } from "zod";
import { configSchema } from "./config-schema.js";

/** Where the committed schema is published; editors resolve `# yaml-language-server: $schema=` against it. */
export const CONFIG_SCHEMA_ID =
  "https://raw.githubusercontent.com/promptgate/promptgate/main/schema/promptgate.schema.json";

/** Repository-relative path of the committed schema file. */
export const CONFIG_SCHEMA_PATH = "schema/promptgate.schema.json";

export type JsonSchema = Record<string, unknown>;

/** The input-side JSON Schema (what a user may write: every key with a default is optional). */
export function buildConfigJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(configSchema, { io: "input" }) as JsonSchema;
  const { $schema, ...rest } = generated;
  // `$id` and `title` lead so the committed file reads top-down.
  return { $schema, $id: CONFIG_SCHEMA_ID, title: "promptgate configuration", ...rest };
}

/** The schema file's exact text: two-space indent and a trailing newline. */
export function renderConfigJsonSchema(): string {
  return `${JSON.stringify(buildConfigJsonSchema(), null, 2)}\n`;
}
