// Helpers for tests of user-input parsing: fixture files and the located problems an InputError carries.
import { readFileSync } from "node:fs";
import { type Diagnostic, InputError } from "../../src/core/diagnostics.js";

/** A file under test/fixtures/, as text. */
export function readFixture(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
}

/** The diagnostics of the InputError that `run` throws (fails the test when it does not throw one). */
export function errorsOf(run: () => unknown): Diagnostic[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error("expected an InputError");
}
