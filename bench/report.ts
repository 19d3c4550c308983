// Shared shape and printing of benchmark figures: one table per section, PASS/FAIL per target.

export interface BenchRow {
  metric: string;
  /** The measured figure, formatted with its unit. */
  value: string;
  /** What it should be, e.g. `≥ 90%`; absent for figures reported without a target. */
  target?: string;
  pass?: boolean;
}

export interface BenchSection {
  title: string;
  rows: BenchRow[];
}

/** A section passes when every row that has a target passes. */
export function isSectionPassing(section: BenchSection): boolean {
  return section.rows.every((row) => row.pass !== false);
}

export function formatSection(section: BenchSection): string {
  const header = ["metric", "value", "target", "result"];
  const lines = section.rows.map((row) => [
    row.metric,
    row.value,
    row.target ?? "",
    row.pass === undefined ? "" : row.pass ? "PASS" : "FAIL",
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [
    `\n## ${section.title}`,
    format(header),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...lines.map(format),
  ].join("\n");
}

export const formatNumber = (value: number, digits = 1): string =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
