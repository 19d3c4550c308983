import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  configSchema
} from "./chunk-SLGLWCCW.js";
import {
  checkEntryEvaluators
} from "./chunk-QCHZJ6UA.js";
import {
  findClosest,
  formatFieldPath,
  readValueAt
} from "./chunk-7IS7JC7X.js";
import {
  require_dist
} from "./chunk-4LD44RND.js";
import {
  InputError,
  external_exports
} from "./chunk-6MRQXAYL.js";
import {
  __toESM
} from "./chunk-IEJME6RR.js";

// src/core/config/config.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/config/config-issues.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/config/config-json-schema.ts
var CONFIG_SCHEMA_ID = "https://raw.githubusercontent.com/promptgate/promptgate/main/schema/promptgate.schema.json";
function buildConfigJsonSchema() {
  const generated = external_exports.toJSONSchema(configSchema, { io: "input" });
  const { $schema, ...rest } = generated;
  return { $schema, $id: CONFIG_SCHEMA_ID, title: "promptgate configuration", ...rest };
}

// src/core/config/config-issues.ts
var configJsonSchema;
function buildIssueDiagnostics(source, issues) {
  configJsonSchema ??= buildConfigJsonSchema();
  const root = configJsonSchema;
  const diagnostics = issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(asSchema(findSchemaAt(root, issue.path)?.properties) ?? {});
      return issue.keys.map((key) => ({
        file: source.file,
        ...locate(source, [...issue.path, key], true),
        field: formatFieldPath([...issue.path, key]),
        message: describeUnknownKey(key, known)
      }));
    }
    const fragment = findSchemaAt(root, issue.path);
    const actual = readValueAt(source.value, issue.path);
    return [
      {
        file: source.file,
        ...locate(source, issue.path, false),
        field: formatFieldPath(issue.path) || void 0,
        message: describeProblem(fragment, actual, issue.message)
      }
    ];
  });
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function describeUnknownKey(key, known) {
  const guess = findClosest(key, known);
  if (guess) return `unknown key \`${key}\` — did you mean \`${guess}\`?`;
  return known.length > 0 ? `unknown key \`${key}\`; known keys: ${known.map((k) => `\`${k}\``).join(", ")}` : `unknown key \`${key}\``;
}
function describeProblem(fragment, actual, fallback) {
  if (!fragment) return fallback;
  const expected = describeExpected(fragment);
  if (actual === void 0) return `is required: must be ${expected}`;
  return `must be ${expected} (got ${formatValue(actual)})`;
}
function describeExpected(fragment) {
  const anyOf = fragment.anyOf;
  if (anyOf) {
    const nonNull = anyOf.filter((branch) => branch.type !== "null");
    const text = nonNull.map(describeExpected).join(" or ");
    return nonNull.length < anyOf.length ? `${text} or null` : text;
  }
  const values = fragment.enum;
  if (values) return `one of ${values.map((v) => `\`${String(v)}\``).join(", ")}`;
  switch (fragment.type) {
    case "integer":
      return `an integer${describeBounds(fragment)}`;
    case "number":
      return `a number${describeBounds(fragment)}`;
    case "string":
      if (fragment.format === "uri") return "a URL";
      return Number(fragment.minLength ?? 0) > 0 ? "a non-empty string" : "a string";
    case "boolean":
      return "true or false";
    case "array":
      return Number(fragment.minItems ?? 0) > 0 ? "a non-empty list" : "a list";
    case "object":
      return "a mapping";
    default:
      return "a valid value";
  }
}
function describeBounds(fragment) {
  const bound = (key) => {
    const value = fragment[key];
    return typeof value === "number" && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : void 0;
  };
  const [min, exclusiveMin] = [bound("minimum"), bound("exclusiveMinimum")];
  const [max, exclusiveMax] = [bound("maximum"), bound("exclusiveMaximum")];
  if (min !== void 0 && max !== void 0) return ` between ${min} and ${max}`;
  const parts = [
    min !== void 0 ? `≥ ${min}` : void 0,
    exclusiveMin !== void 0 ? `> ${exclusiveMin}` : void 0,
    max !== void 0 ? `≤ ${max}` : void 0,
    exclusiveMax !== void 0 ? `< ${exclusiveMax}` : void 0
  ].filter((part) => part !== void 0);
  return parts.length > 0 ? ` ${parts.join(" and ")}` : "";
}
function formatValue(value) {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}
function asSchema(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function findSchemaAt(root, path) {
  let current = root;
  for (const key of path) {
    if (!current) return void 0;
    const container = current.anyOf?.find((b) => b.type === "object" || b.type === "array") ?? current;
    current = typeof key === "number" ? asSchema(container.items) : asSchema(asSchema(container.properties)?.[String(key)]) ?? asSchema(container.additionalProperties);
  }
  return current;
}
function locate(source, path, atKey) {
  let node = source.doc.contents;
  let lastPositioned = node;
  for (const [index, key] of path.entries()) {
    const isLast = index === path.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(key)
      );
      if (!pair) break;
      if (isLast && atKey) return positionOf(source, pair.key);
      lastPositioned = pair.value && (0, import_yaml.isNode)(pair.value) && pair.value.range ? pair.value : pair.key;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof key === "number") {
      node = node.items[key];
      if (!(0, import_yaml.isNode)(node)) break;
      lastPositioned = node;
    } else {
      break;
    }
  }
  return positionOf(source, lastPositioned);
}
function positionOf(source, node) {
  const range = (0, import_yaml.isNode)(node) ? node.range : void 0;
  if (!range) return { line: 1, column: 1 };
  const { line, col } = source.lineCounter.linePos(range[0]);
  return { line, column: col };
}

// src/core/config/config.ts
var configPaths = [
  "promptgate.yml",
  "promptgate.yaml",
  ".github/promptgate.yml",
  ".github/promptgate.yaml"
];
function parseConfig(path, text) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false });
  const locateYamlError = (error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { file: path, line, column: col, message: error.message };
  };
  if (doc.errors.length > 0) throw new InputError(doc.errors.map(locateYamlError));
  const warnings = doc.warnings.map(locateYamlError);
  const value = doc.toJS() ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    const start = doc.contents?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(start);
    throw new InputError({
      file: path,
      line,
      column: col,
      message: "must be a mapping of settings, e.g. `gate: {margin: 0.05}`"
    });
  }
  const result = configSchema.safeParse(dropEmptySections(value));
  if (!result.success) {
    throw new InputError(buildIssueDiagnostics({ file: path, doc, lineCounter, value }, result.error.issues));
  }
  const source = { file: path, doc, lineCounter, syntaxErrors: [] };
  const entryWarnings = checkEntryEvaluators(source, result.data.prompts);
  return { config: result.data, warnings: [...warnings, ...entryWarnings] };
}
async function loadConfig(reader, sha, explicitPath) {
  return findConfig((path) => reader.readFile(sha, path), explicitPath, `at commit ${sha.slice(0, 12)}`);
}
async function findConfig(read, explicitPath, where) {
  if (explicitPath !== void 0) {
    const path = explicitPath.replace(/^\.\//, "");
    const text = await read(path);
    if (text === null) {
      throw new InputError({ file: path, message: `config file not found${where ? ` ${where}` : ""}` });
    }
    return { ...parseConfig(path, text), path };
  }
  for (const path of configPaths) {
    const text = await read(path);
    if (text !== null) return { ...parseConfig(path, text), path };
  }
  return { ...parseConfig("promptgate.yml", ""), path: null };
}
function dropEmptySections(value) {
  sectionKeys ??= listSectionKeys();
  const sections = sectionKeys;
  return Object.fromEntries(Object.entries(value).filter(([key, v]) => !(v === null && sections.has(key))));
}
var sectionKeys;
function listSectionKeys() {
  const properties = buildConfigJsonSchema().properties;
  return new Set(Object.keys(properties).filter((key) => properties[key]?.type === "object"));
}

export {
  parseConfig,
  loadConfig,
  findConfig
};
