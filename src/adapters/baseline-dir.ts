// Keeps the drift monitor's records in a folder (`promptgate monitor --baseline DIR`): one JSON file per prompt path.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/diagnostics.js";
import { type MonitorRecord, monitorRecordSchema } from "../core/gate/drift.js";

export interface BaselineStore {
  read(path: string): MonitorRecord | undefined;
  write(record: MonitorRecord): void;
}

/** A prompt path as one file name: readable, and distinct for distinct paths (`%` and `/` are escaped). */
export function recordFileName(path: string): string {
  return `${path.replaceAll("%", "%25").replaceAll("/", "%2F").replaceAll("\\", "%5C")}.json`;
}

export function createBaselineDir(dir: string): BaselineStore {
  return {
    read(path) {
      const file = join(dir, recordFileName(path));
      if (!existsSync(file)) return undefined;
      return parseMonitorRecord(file, readFileSync(file, "utf8"));
    },
    write(record) {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, recordFileName(record.path));
      // Written whole then renamed, so a stopped run never leaves half a baseline behind.
      writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
      renameSync(`${file}.tmp`, file);
    },
  };
}

/** A stored record checked against its schema; bad JSON or a wrong field is an InputError naming `file`. */
export function parseMonitorRecord(file: string, text: string): MonitorRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError({ file, message: `not valid JSON: ${(error as Error).message}` });
  }
  const parsed = monitorRecordSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new InputError({ file, field: issue.path.join("."), message: issue.message });
}
