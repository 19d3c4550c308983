// Located problems in user input: every error names the file, and where known the line, column and field.

export interface Diagnostic {
  /** Repository-relative path of the file the problem is in. */
  file: string;
  /** 1-based line, when the position is known. */
  line?: number;
  /** 1-based column, when the position is known. */
  column?: number;
  /** Dotted path of the offending field, e.g. `testData[2].input` or `gate.margin`. */
  field?: string;
  message: string;
}

/** `file:line:col: field: message` — the one format every located message uses. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  return d.field ? `${where}: ${d.field}: ${d.message}` : `${where}: ${d.message}`;
}

/** Bad user input (prompt file, config, test data). Shells map it to exit code 2. */
export class InputError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join("\n"));
    this.name = "InputError";
    this.diagnostics = list;
  }
}
