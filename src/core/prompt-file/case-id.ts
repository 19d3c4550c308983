// Stable test-case ids, so the same row is paired across the base and head versions of a prompt file.
import { createHash } from "node:crypto";

/** JSON with object keys sorted at every depth, so key order in the file does not change the id. */
export function buildCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(buildCanonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${buildCanonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The row's own `id` (or else `name`) when it is a non-empty string; otherwise `c` + 10 hex chars of a hash of the row. */
export function buildCaseId(row: Record<string, unknown>): string {
  for (const key of ["id", "name"]) {
    const own = row[key];
    if (typeof own === "string" && own.trim() !== "") return own.trim();
  }
  return `c${createHash("sha256").update(buildCanonicalJson(row)).digest("hex").slice(0, 10)}`;
}

/** Ids for all rows of one file; a repeated id gets `-2`, `-3`, … in order of appearance. */
export function buildCaseIds(rows: Record<string, unknown>[]): string[] {
  const used = new Set<string>();
  return rows.map((row) => {
    const base = buildCaseId(row);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** True for an id `buildCaseId` made from a row's values (not the row's own `id`/`name`): it means nothing to a reader. */
export function isHashedCaseId(id: string): boolean {
  return /^c[0-9a-f]{10}(-\d+)?$/.test(id);
}

/** How reports name a row: its own id when it has one, else its 1-based position in the test data. */
export function describeCaseRow(c: { id: string; index: number }): string {
  return isHashedCaseId(c.id) ? `row ${c.index + 1}` : c.id;
}
