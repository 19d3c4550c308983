// Eval rows: parses an external data file (JSONL, JSON array, YAML list, CSV with header) and turns rows into test cases.

import { type Diagnostic, InputError } from "../diagnostics.js";
import { formatInt } from "../format/count.js";
import { locateYamlPath, parseYamlSource, readYamlValue } from "../yaml-location.js";
import { buildCaseIds } from "./case-id.js";
import type { TestCase } from "./prompt-spec.js";

export interface ParsedTestData {
  rows: Record<string, unknown>[];
  /** 1-based line of each row in the data file, parallel to `rows`. */
  lines: number[];
}

type Row = { value: unknown; line: number };

/** Parses by file extension: `.jsonl`/`.ndjson`, `.json`, `.yaml`/`.yml`, `.csv`. Throws InputError, all problems at once. */
export function parseTestData(path: string, text: string): ParsedTestData {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const extension = path.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? "";
  const reader = readers[extension];
  if (!reader) {
    throw new InputError({
      file: path,
      message: `unsupported eval-data file type ".${extension}": use .jsonl, .json, .yaml, .yml or .csv`,
    });
  }
  const items = reader(path, body);
  const errors: Diagnostic[] = [];
  const rows: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const [i, item] of items.entries()) {
    if (item.value === null || typeof item.value !== "object" || Array.isArray(item.value)) {
      errors.push({
        file: path,
        line: item.line,
        field: `[${i}]`,
        message: "each row must be an object of variables",
      });
      continue;
    }
    rows.push(item.value as Record<string, unknown>);
    lines.push(item.line);
  }
  if (errors.length > 0) throw new InputError(errors);
  return { rows, lines };
}

/** A data file's rows as test rows, each with its line and file; null when it cannot be read, its problems in `errors`. */
export function readTestRows(path: string, text: string, errors: Diagnostic[]): RawTestRow[] | null {
  try {
    const parsed = parseTestData(path, text);
    return parsed.rows.map((row, i) => ({ row, line: parsed.lines[i] ?? 1, source: path }));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    errors.push(...error.diagnostics);
    return null;
  }
}

const readers: Record<string, (path: string, text: string) => Row[]> = {
  jsonl: readJsonLines,
  ndjson: readJsonLines,
  json: readJsonArray,
  yaml: readYamlList,
  yml: readYamlList,
  csv: readCsv,
};

function readJsonLines(path: string, text: string): Row[] {
  const rows: Row[] = [];
  const errors: Diagnostic[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    if (raw.trim() === "") continue;
    try {
      rows.push({ value: JSON.parse(raw), line: i + 1 });
    } catch (error) {
      errors.push({ file: path, ...locateJsonError(raw, (error as Error).message), line: i + 1 });
    }
  }
  if (errors.length > 0) throw new InputError(errors);
  return rows;
}

function readJsonArray(path: string, text: string): Row[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError({ file: path, ...locateJsonError(text, (error as Error).message) });
  }
  if (!Array.isArray(value))
    throw new InputError({ file: path, line: 1, message: "expected a JSON array of rows" });
  // JSON is YAML, so the YAML parser gives each element's position; JSON.parse stays the judge of validity.
  const source = parseYamlSource(path, text);
  const located = source.syntaxErrors.length === 0;
  return value.map((row, i) => ({ value: row, line: located ? locateYamlPath(source, [i]).line : 1 }));
}

/** Node reports `position N` for most JSON errors (newer versions `line L column C`); some carry no position. */
function locateJsonError(text: string, raw: string): { line?: number; column?: number; message: string } {
  const message = `invalid JSON: ${raw.replace(/\s+/g, " ")}`;
  const lineColumn = raw.match(/line (\d+) column (\d+)/);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]), message };
  const position = raw.match(/position (\d+)/);
  if (!position) return { message };
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  return { line, column: before.length - before.lastIndexOf("\n"), message };
}

function readYamlList(path: string, text: string): Row[] {
  const source = parseYamlSource(path, text);
  if (source.syntaxErrors.length > 0) throw new InputError(source.syntaxErrors);
  const read = readYamlValue(source);
  if ("error" in read) throw new InputError(read.error);
  const value = read.value;
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value))
    throw new InputError({ file: path, line: 1, message: "expected a YAML list of rows" });
  return value.map((row, i) => ({ value: row, line: locateYamlPath(source, [i]).line }));
}

interface CsvRecord {
  fields: string[];
  line: number;
}

function readCsv(path: string, text: string): Row[] {
  const records = splitCsvRecords(path, text).filter((r) => !(r.fields.length === 1 && r.fields[0] === ""));
  const [header, ...body] = records;
  if (!header) return [];
  const names = header.fields.map((name) => name.trim());
  const errors: Diagnostic[] = [];
  names.forEach((name, i) => {
    if (name === "")
      errors.push({ file: path, line: header.line, message: `column ${i + 1} has no name in the header` });
    else if (names.indexOf(name) !== i)
      errors.push({ file: path, line: header.line, message: `column "${name}" appears twice in the header` });
  });
  for (const record of body) {
    if (record.fields.length !== names.length) {
      const message = `row has ${record.fields.length} fields but the header has ${names.length}`;
      errors.push({ file: path, line: record.line, message });
    }
  }
  if (errors.length > 0) throw new InputError(errors);
  return body.map((record) => ({
    value: Object.fromEntries(names.map((name, i) => [name, record.fields[i]])),
    line: record.line,
  }));
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF and CR all end a record. */
function splitCsvRecords(path: string, text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = "";
      recordLine = ++line;
    } else field += ch;
  }
  if (quoted)
    throw new InputError({ file: path, line: recordLine, message: "a quoted field is never closed" });
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  return records;
}

/** A test row before it becomes a TestCase, with where it was written. */
export interface RawTestRow {
  row: Record<string, unknown>;
  line: number;
  /** Data file the row came from; undefined for inline `testData` rows. */
  source?: string;
}

/** Rows past `maxRows` (`limits.maxRows`) are an error at the first row over, and are not turned into cases. */
export function limitTestRows(
  file: string,
  rows: RawTestRow[],
  maxRows: number | undefined,
  errors: Diagnostic[],
): RawTestRow[] {
  const first = maxRows === undefined ? undefined : rows[maxRows];
  if (maxRows === undefined || first === undefined) return rows;
  errors.push({
    file: first.source ?? file,
    line: first.line,
    message: `${formatInt(rows.length)} test rows, over \`limits.maxRows\` (${formatInt(maxRows)}); this is the first row over: remove rows, or raise the limit in the base branch's promptgate.yml`,
  });
  return rows.slice(0, maxRows);
}

/** Keys of a test row under which some files nest the row's variables. */
const nestedRowKeys = ["vars", "inputs", "variables"];

// YAML's empty value means "nothing", so it renders as an empty string rather than "null".
function stringifyValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

interface RowContext {
  /** The prompt file, for inline rows. */
  file: string;
  /** Placeholders of the prompt: a nested key that is itself a placeholder is a value, not a nesting. */
  variables: readonly string[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  warned: Set<string>;
}

/** Lifts variables nested under `vars:`/`inputs:`/`variables:` to the row (once-per-file warning). */
function flattenRow(raw: RawTestRow, ctx: RowContext): Record<string, unknown> {
  const isNested = (key: string) => {
    const value = raw.row[key];
    return (
      value !== null && typeof value === "object" && !Array.isArray(value) && !ctx.variables.includes(key)
    );
  };
  const nested = nestedRowKeys.filter(isNested);
  if (nested.length === 0) return raw.row;
  const flat = Object.fromEntries(Object.entries(raw.row).filter(([key]) => !nested.includes(key)));
  const file = raw.source ?? ctx.file;
  for (const key of nested) {
    for (const [name, value] of Object.entries(raw.row[key] as Record<string, unknown>)) {
      if (Object.hasOwn(flat, name)) {
        ctx.errors.push({
          file,
          line: raw.line,
          message: `\`${name}\` is given both in the row and under \`${key}:\``,
        });
      }
      flat[name] = value;
    }
    if (ctx.warned.has(`${file}\0${key}`)) continue;
    ctx.warned.add(`${file}\0${key}`);
    const message = `test rows nest their variables under \`${key}:\`; they are read as the row's own variables`;
    ctx.warnings.push({ file, line: raw.line, message });
  }
  return flat;
}

/**
 * Test cases from rows in file order: nested variables lifted, values stringified (objects as JSON),
 * ids from case-id.ts. `keepValues` also keeps each row's lifted values as written, for Jinja2 and
 * Handlebars to loop over. Problems come back as diagnostics so the caller reports them with its own.
 */
export function buildTestCases(
  rows: RawTestRow[],
  file: string,
  variables: readonly string[],
  { keepValues = false }: { keepValues?: boolean } = {},
): { cases: TestCase[]; errors: Diagnostic[]; warnings: Diagnostic[] } {
  const ctx: RowContext = { file, variables, errors: [], warnings: [], warned: new Set() };
  const flatRows = rows.map((raw) => flattenRow(raw, ctx));
  const varsList = flatRows.map((flat) =>
    Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, stringifyValue(v)])),
  );
  const ids = buildCaseIds(varsList);
  const cases = rows.map((raw, index) => ({
    id: ids[index]!,
    index,
    vars: varsList[index]!,
    line: raw.line,
    ...(raw.source ? { source: raw.source } : {}),
    ...(keepValues ? { values: flatRows[index]! } : {}),
  }));
  return { cases, errors: ctx.errors, warnings: ctx.warnings };
}
