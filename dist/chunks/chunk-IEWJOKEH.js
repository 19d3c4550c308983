import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/core/gate/interval-level.ts
function intervalLevel(confidence) {
  return 2 * confidence - 1;
}

export {
  intervalLevel
};
