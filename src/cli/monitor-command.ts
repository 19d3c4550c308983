// `promptgate monitor --baseline DIR`: evaluate the prompts and compare each with its last recorded run (drift).
import { readdirSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { createBaselineDir } from "../adapters/baseline-dir.js";
import { createDiskReader } from "../adapters/disk-reader.js";
import { findConfig } from "../core/config/config.js";
import type { Config } from "../core/config/config-schema.js";
import { InputError } from "../core/diagnostics.js";
import { matchesPromptGlobs } from "../core/diff/change-set.js";
import type { DriftOutcome } from "../core/gate/drift.js";
import { noCache } from "../engine/cache.js";
import { renderMonitorMarkdown } from "../render/drift-issue.js";
import { renderMonitorSummary } from "../render/monitor-summary.js";
import type { EvalDeps } from "../review/index.js";
import { monitorPrompt } from "../review/index.js";
import { modelFactory } from "./adapters.js";
import { type MonitorArgs, monitorHelp, UsageError } from "./args.js";
import { EXIT_GATE_FAILED, EXIT_OK } from "./exit-code.js";
import { createConsoleLogger } from "./logger.js";
import { detectTerminal } from "./terminal.js";

/** Folders never searched for prompts: dependencies, git's own, and promptgate's cache. */
const SKIPPED_DIRS = new Set(["node_modules", ".git", ".promptgate"]);

export async function runMonitorCommand(args: MonitorArgs): Promise<number> {
  if (args.help) {
    process.stdout.write(`${monitorHelp}\n`);
    return EXIT_OK;
  }
  if (!args.baseline) throw new UsageError("monitor needs --baseline DIR, where the baselines are kept");
  const root = resolve(args.repo);
  const read = createDiskReader(root);
  let config = (await findConfig(args.config ? createDiskReader(process.cwd()) : read, args.config)).config;
  if (args.repeats) config = { ...config, repeats: args.repeats };
  const baselineDir = resolve(args.baseline);
  const paths =
    args.files.length > 0
      ? args.files.map((f) => toRepoPath(root, f))
      : listPrompts(root, config, baselineDir);
  if (paths.length === 0)
    throw new InputError({ file: "promptgate.yml", field: "prompts", message: "no prompt file matches" });
  const logger = createConsoleLogger();
  // Never from the response cache: a cached answer is an old answer, and hiding the model's change is the one
  // thing the monitor must not do.
  const deps: EvalDeps = { model: modelFactory(false)(config), cache: noCache, cacheMode: "off", logger };
  const store = createBaselineDir(baselineDir);
  const at = new Date().toISOString();
  const outcomes: DriftOutcome[] = [];
  for (const path of paths) {
    const baseline = store.read(path);
    const outcome = await monitorPrompt(deps, { path, readFile: read, config, baseline, at });
    store.write(outcome.record);
    outcomes.push(outcome);
  }
  if (args.json) writeFileSync(args.json, `${JSON.stringify(outcomes.map(describeOutcome), null, 2)}\n`);
  if (args.markdown) writeFileSync(args.markdown, renderMonitorMarkdown(outcomes));
  process.stdout.write(`${renderMonitorSummary(outcomes, { color: detectTerminal().color })}\n`);
  return outcomes.some((o) => o.status === "drift") ? EXIT_GATE_FAILED : EXIT_OK;
}

/** What `--json` keeps of an outcome: the status, the figures and the regressed cases, not the stored answers. */
function describeOutcome(o: DriftOutcome) {
  return {
    path: o.record.path,
    status: o.status,
    ...(o.decision ? { passRateChange: o.decision.estimate, pValue: o.decision.pValue } : {}),
    regressed: o.regressed.map((r) => ({ id: r.id, before: r.before.outputs, after: r.after.outputs })),
    history: o.record.history,
  };
}

function toRepoPath(root: string, file: string): string {
  return relative(root, resolve(file)).split("\\").join("/");
}

/** Every file under the root that the config's `prompts` globs match, in a stable order; the baselines are skipped. */
function listPrompts(root: string, config: Config, baselineDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = resolve(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && full !== baselineDir) walk(full);
      } else if (matchesPromptGlobs(toRepoPath(root, full), config.prompts)) {
        found.push(toRepoPath(root, full));
      }
    }
  };
  walk(root);
  return found.sort();
}
