import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/core/format/ids.ts
function shortSha(sha) {
  return sha.slice(0, 7);
}
function formatCaseId(id) {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

// src/core/gate/interval-level.ts
function intervalLevel(confidence) {
  return 2 * confidence - 1;
}

export {
  shortSha,
  formatCaseId,
  intervalLevel
};
