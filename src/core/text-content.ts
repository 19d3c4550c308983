// Turns a file's bytes into text, refusing binary content: NUL bytes or invalid UTF-8 are never read (or diffed) as text.
import { InputError } from "./diagnostics.js";

/** A file a reader found to be binary: an input error located at the file (and the line of the first NUL). */
export class BinaryFileError extends InputError {
  constructor(path: string, detail: { line?: number; reason: string }) {
    super({
      file: path,
      ...(detail.line !== undefined ? { line: detail.line } : {}),
      message: `binary content (${detail.reason}): not a text file, so it is neither parsed nor diffed; keep binary files out of the \`prompts\` globs`,
    });
    this.name = "BinaryFileError";
  }
}

// fatal: invalid UTF-8 throws instead of becoming U+FFFD; ignoreBOM: a BOM stays in the text as git holds it.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The text of a file's bytes; throws BinaryFileError for a NUL byte (git's own binary test) or invalid UTF-8. */
export function decodeText(path: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    let line = 1;
    for (let i = 0; i < nul; i++) if (bytes[i] === 0x0a) line++;
    return binary(path, { line, reason: `a NUL byte at byte ${nul + 1}` });
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return binary(path, { reason: "not valid UTF-8" });
  }
}

function binary(path: string, detail: { line?: number; reason: string }): never {
  throw new BinaryFileError(path, detail);
}
