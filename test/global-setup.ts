// Builds dist/ once before the suite: the tests that run the bundles as child processes need it fresh,
// and one build up front avoids test files rebuilding it under each other's feet.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
