import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  monitorRecordSchema
} from "./chunk-BQZJCS3E.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";

// src/adapters/baseline-dir.ts
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function recordFileName(path) {
  return `${path.replaceAll("%", "%25").replaceAll("/", "%2F").replaceAll("\\", "%5C")}.json`;
}
function createBaselineDir(dir) {
  return {
    read(path) {
      const file = join(dir, recordFileName(path));
      if (!existsSync(file)) return void 0;
      return parseMonitorRecord(file, readFileSync(file, "utf8"));
    },
    write(record) {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, recordFileName(record.path));
      writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}
`);
      renameSync(`${file}.tmp`, file);
    }
  };
}
function parseMonitorRecord(file, text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError({ file, message: `not valid JSON: ${error.message}` });
  }
  const parsed = monitorRecordSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InputError({ file, field: issue.path.join("."), message: issue.message });
}

export {
  recordFileName,
  createBaselineDir,
  parseMonitorRecord
};
