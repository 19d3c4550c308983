// Writes schema/promptgate.schema.json from the zod config schema (`npm run schema`).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG_SCHEMA_PATH, renderConfigJsonSchema } from "../src/core/config/config-json-schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, CONFIG_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderConfigJsonSchema());
console.log(`wrote ${CONFIG_SCHEMA_PATH}`);
