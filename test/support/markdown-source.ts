// Reads GFM source the way GitHub's parser splits it, for tests that compare a rendered page with its Markdown:
// the tables (rows and cells per row) and the `<details>` blocks, code fences skipped.

export interface SourceTable {
  /** 1-based line of the header row. */
  line: number;
  /** Cells of each row, header first, delimiter row left out. */
  rows: string[][];
}

const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(markdown: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | undefined;
  markdown.split("\n").forEach((text, i) => {
    const marker = FENCE.exec(text)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) {
        fence = undefined;
      }
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    out.push({ text, line: i + 1 });
  });
  return out;
}

/** GFM splits cells on every `|` not escaped with a backslash, code spans included. */
export function splitCells(row: string): string[] {
  const cells = row.trim().split(/(?<!\\)\|/);
  if (cells[0]?.trim() === "") cells.shift();
  if (cells.at(-1)?.trim() === "") cells.pop();
  return cells.map((c) => c.trim());
}

export function findTables(markdown: string): SourceTable[] {
  const lines = proseLines(markdown);
  const tables: SourceTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i]!;
    const delimiter = lines[i + 1]!;
    if (!header.text.trimStart().startsWith("|") || delimiter.line !== header.line + 1) continue;
    if (!DELIMITER_ROW.test(delimiter.text.trim())) continue;
    const rows = [splitCells(header.text)];
    let j = i + 2;
    // promptgate and its README write every row with a leading pipe; anything else ends the table.
    while (
      j < lines.length &&
      lines[j]!.line === lines[j - 1]!.line + 1 &&
      lines[j]!.text.trimStart().startsWith("|")
    ) {
      rows.push(splitCells(lines[j]!.text));
      j++;
    }
    tables.push({ line: header.line, rows });
    i = j - 1;
  }
  return tables;
}

/** `<details>` blocks promptgate opens on their own line, and whether each starts open. */
export function findDetails(markdown: string): { line: number; open: boolean }[] {
  return proseLines(markdown)
    .map(({ text, line }) => ({ match: /^\s*<details(\s+open)?\s*>/.exec(text), line }))
    .filter(({ match }) => match !== null)
    .map(({ match, line }) => ({ line, open: Boolean(match![1]) }));
}

/** Lines that start with `|` but belong to no table: rows GitHub shows as literal text. */
export function findStrayTableRows(markdown: string): { line: number; text: string }[] {
  const inTable = new Set<number>();
  for (const table of findTables(markdown)) {
    // Header, delimiter and body rows are consecutive lines.
    for (let n = 0; n <= table.rows.length; n++) inTable.add(table.line + n);
  }
  return proseLines(markdown).filter(
    ({ text, line }) => text.trimStart().startsWith("|") && !inTable.has(line),
  );
}
