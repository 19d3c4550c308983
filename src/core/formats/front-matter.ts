// Splits a `---` YAML front matter from the body of a Prompty or Dotprompt file, keeping line numbers.
import { InputError } from "../diagnostics.js";
import { parseYamlSource, YamlDiagnostics, type YamlSource } from "../yaml-location.js";

export interface FrontMatterFile {
  /** The YAML source, blank outside the front matter, so its line numbers are the file's. */
  yaml: YamlSource;
  /** The front matter as a plain value ({} when there is none). */
  value: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line. */
  bodyLine: number;
  d: YamlDiagnostics;
}

/** Some files open with blank lines before `---`; the closing `---` may end the file. */
const frontMatterPattern = /^(\s*)---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(path: string, text: string): FrontMatterFile {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const match = frontMatterPattern.exec(source);
  const lineCount = (s: string) => s.split(/\r?\n/).length - 1;
  if (!match) {
    const yaml = parseYamlSource(path, "");
    return { yaml, value: {}, body: source, bodyLine: 1, d: new YamlDiagnostics(yaml) };
  }
  const leading = lineCount(match[1]!);
  // Blank lines in place of what is not front matter keep YAML positions equal to the file's.
  const yamlText = `${"\n".repeat(leading + 1)}${match[2]!}`;
  const yaml = parseYamlSource(path, yamlText);
  if (yaml.syntaxErrors.length > 0) throw new InputError(yaml.syntaxErrors);
  let value: unknown;
  try {
    value = yaml.doc.toJS() ?? {};
  } catch (error) {
    throw new InputError({
      file: path,
      line: leading + 2,
      message: `cannot be read: ${(error as Error).message}`,
    });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError({
      file: path,
      line: leading + 2,
      message: "the front matter must be a YAML mapping",
    });
  }
  return {
    yaml,
    value: value as Record<string, unknown>,
    body: source.slice(match[0].length),
    bodyLine: lineCount(match[0]) + 1,
    d: new YamlDiagnostics(yaml),
  };
}

/** The front matter's string fields among `keys`, each only when it is a string: `{ name, description }`. */
export function pickStringFields<K extends string>(
  front: Record<string, unknown>,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const picked: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = front[key];
    if (typeof value === "string") picked[key] = value;
  }
  return picked;
}
