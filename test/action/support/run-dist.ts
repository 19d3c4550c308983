// Runs the built Action (dist/index.js) as a child process, the way the runner does, and reads what it left.
import { type ChildProcess, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const REPO_ROOT = new URL("../../../", import.meta.url).pathname;

export interface DistRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Wall time from spawn to exit, in ms. */
  ms: number;
}

export interface DistRunInput {
  /** The bundle to run. */
  script: string;
  eventName: string;
  event: unknown;
  /** Kept across runs of one scenario: RUNNER_TEMP holds the response cache and the report. */
  runnerTemp: string;
  githubUrl: string;
  /** Input values by their action.yml name; the runner passes them as INPUT_<NAME> with hyphens kept. */
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** Flags for node itself, e.g. `--cpu-prof` when looking into start-up time. */
  nodeArgs?: string[];
  /** Called with the running process, e.g. to send it a signal as a cancelled workflow does. */
  onSpawn?: (child: ChildProcess) => void;
}

/**
 * The bundle the suite's global setup built (scripts/build.mjs), checked to be newer than every source file,
 * then copied aside so a rebuild of dist/ during the run cannot pull it from under a test.
 */
export function copyFreshDist(): string {
  const bundle = join(REPO_ROOT, "dist/index.js");
  if (!existsSync(bundle)) throw new Error("dist/index.js is missing: run `npm run bundle`");
  const newest = newestSource(join(REPO_ROOT, "src"));
  if (statSync(bundle).mtimeMs < newest.mtimeMs) {
    throw new Error(`dist/index.js is older than ${newest.path}: run \`npm run bundle\``);
  }
  const dir = mkdtempSync(join(tmpdir(), "promptgate-dist-"));
  // The whole of dist/: the entry imports its chunks by relative path.
  cpSync(join(REPO_ROOT, "dist"), dir, { recursive: true });
  return join(dir, "index.js");
}

function newestSource(dir: string): { path: string; mtimeMs: number } {
  let newest = { path: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const path = join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}

export async function runDist(input: DistRunInput): Promise<DistRun> {
  const job = mkdtempSync(join(tmpdir(), "promptgate-job-"));
  mkdirSync(input.runnerTemp, { recursive: true });
  const eventPath = join(job, "event.json");
  const outputPath = join(job, "output");
  const summaryPath = join(job, "summary.md");
  writeFileSync(eventPath, JSON.stringify(input.event));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: job,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: input.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "octo-org/prompts",
    GITHUB_API_URL: input.githubUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_WORKSPACE: join(job, "workspace"),
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: input.runnerTemp,
    ...Object.fromEntries(
      Object.entries(input.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    ...input.env,
  };
  const started = performance.now();
  const result = await runProcess(
    process.execPath,
    [...(input.nodeArgs ?? []), input.script],
    { cwd: job, env },
    input.onSpawn,
  );
  return {
    ...result,
    ms: performance.now() - started,
    outputs: parseOutputFile(readFileSync(outputPath, "utf8")),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, "utf8") : "",
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER`, the value's lines, then `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!header) continue;
    const end = lines.indexOf(header[2]!, i + 1);
    outputs[header[1]!] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return outputs;
}

function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  onSpawn?: (child: ChildProcess) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Asynchronous on purpose: the fake servers answer from this same process.
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    onSpawn?.(child);
  });
}
