import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  decodeText
} from "./chunk-IYH4UEMK.js";

// src/adapters/disk-reader.ts
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
function createDiskReader(root) {
  return async (path) => {
    const full = resolve(root, path);
    return existsSync(full) ? decodeText(path, readFileSync(full)) : null;
  };
}

export {
  createDiskReader
};
