// Regenerates the Action's input and output tables in README.md from action.yml (`npm run readme`).
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";

interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

interface ActionMetadata {
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: string }>;
}

export const TABLE_MARKERS = {
  inputs: { start: "<!-- action-inputs:start -->", end: "<!-- action-inputs:end -->" },
  outputs: { start: "<!-- action-outputs:start -->", end: "<!-- action-outputs:end -->" },
} as const;

/** Files whose tables this script keeps current (`npx tsx scripts/update-readme-action.ts`). */
export const DOCUMENTS = ["README.md"];

const cell = (text: string) => text.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");

export function renderInputsTable(actionYaml: string): string {
  const { inputs = {} } = parse(actionYaml) as ActionMetadata;
  const rows = Object.entries(inputs).map(([name, input]) => {
    const fallback =
      input.default === undefined || input.default === "" ? "" : `\`${cell(String(input.default))}\``;
    return `| \`${name}\` | ${cell(input.description ?? "")} | ${fallback} | ${input.required ? "yes" : "no"} |`;
  });
  return ["| Input | Description | Default | Required |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

export function renderOutputsTable(actionYaml: string): string {
  const { outputs = {} } = parse(actionYaml) as ActionMetadata;
  const rows = Object.entries(outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description ?? "")} |`,
  );
  return ["| Output | Description |", "| --- | --- |", ...rows].join("\n");
}

/** True when the document has both pairs of markers. */
export function hasTableMarkers(document: string): boolean {
  return Object.values(TABLE_MARKERS).every(
    ({ start, end }) => document.includes(start) && document.includes(end),
  );
}

/** The document with the text between each pair of markers replaced by the current table. */
export function updateActionTables(document: string, actionYaml: string): string {
  const tables = { inputs: renderInputsTable(actionYaml), outputs: renderOutputsTable(actionYaml) };
  let updated = document;
  for (const [kind, { start, end }] of Object.entries(TABLE_MARKERS)) {
    const from = updated.indexOf(start);
    const to = updated.indexOf(end, from);
    if (from < 0 || to < 0) continue;
    const table = tables[kind as keyof typeof tables];
    updated = `${updated.slice(0, from + start.length)}\n${table}\n${updated.slice(to)}`;
  }
  return updated;
}

function main(): void {
  const actionYaml = readFileSync("action.yml", "utf8");
  for (const path of DOCUMENTS) {
    let document: string;
    try {
      document = readFileSync(path, "utf8");
    } catch {
      continue;
    }
    if (!hasTableMarkers(document)) {
      console.log(`${path}: no action-inputs/action-outputs markers, left as is`);
      continue;
    }
    const updated = updateActionTables(document, actionYaml);
    if (updated !== document) writeFileSync(path, updated);
    console.log(`${path}: ${updated === document ? "already current" : "updated"}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
