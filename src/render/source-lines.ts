// Line lookups in prompt-file text and unified diffs, for placing annotations without re-parsing YAML.

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlank(line: string): boolean {
  const t = line.trim();
  return t === "" || t.startsWith("#");
}

/**
 * 1-based line of each item of the top-level `testData:` sequence, in order. Rows that came from a
 * referenced data file are not in this text, so callers pass known lines when they have them.
 */
export function findTestRowLines(source: string): number[] {
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((l) => /^testData\s*:\s*(#.*)?$/.test(l));
  if (start < 0) return [];
  const rows: number[] = [];
  let itemIndent: number | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    const isItem = /^\s*-(\s|$)/.test(line);
    if (itemIndent === undefined) {
      if (!isItem) break;
      itemIndent = indent;
    }
    if (indent < itemIndent || (indent === itemIndent && !isItem)) break;
    if (indent === itemIndent) rows.push(i + 1);
  }
  return rows;
}

/** Head-side line ranges `[start, end]` of the `+` lines of a unified diff, in order. */
export function findAddedLineRanges(unified: string): [number, number][] {
  const ranges: [number, number][] = [];
  let line = 0;
  let open: [number, number] | undefined;
  const close = () => {
    if (open) ranges.push(open);
    open = undefined;
  };
  for (const text of unified.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      close();
      line = Number(hunk[1]);
      continue;
    }
    if (text.startsWith("diff ")) line = 0;
    // Before the first hunk come the file headers (`---`/`+++`); `\` marks "No newline at end of file".
    if (line === 0 || text.startsWith("\\")) continue;
    if (text.startsWith("+")) {
      open = open ? [open[0], line] : [line, line];
      line += 1;
    } else if (text.startsWith("-")) {
      close();
    } else {
      close();
      line += 1;
    }
  }
  close();
  return ranges;
}
