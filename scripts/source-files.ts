// What the layer and size lints share: the TypeScript sources they walk, and how each is run from the command line.
import { readdirSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Every `.ts`/`.tsx` file under `dir` (declaration files left out), at any depth. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** A path with forward slashes, as the lints name files. */
export function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/** The root a lint checks: the command's first argument, else the repository holding the script at `scriptUrl`. */
export function lintRoot(scriptUrl: string): string {
  return resolve(process.argv[2] ?? join(dirname(fileURLToPath(scriptUrl)), ".."));
}

/** Whether the script at `scriptUrl` is the one the command ran (not imported by a test). */
export function isMain(scriptUrl: string): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(scriptUrl);
}
