import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  renderMonitorMarkdown
} from "./chunk-5ISKR4XY.js";
import {
  createDiskReader
} from "./chunk-GPFVXEHZ.js";
import {
  createConsoleLogger,
  detectTerminal,
  modelFactory,
  paintLine
} from "./chunk-TDJSAJEW.js";
import {
  createBaselineDir
} from "./chunk-JNWJFBGG.js";
import "./chunk-BQZJCS3E.js";
import {
  noCache
} from "./chunk-AIUS6MYE.js";
import "./chunk-RW2ZI6RW.js";
import {
  EXIT_GATE_FAILED,
  EXIT_OK,
  UsageError,
  monitorHelp
} from "./chunk-BTPJ4BDD.js";
import "./chunk-UBDDKSM5.js";
import {
  monitorPrompt
} from "./chunk-IYH4UEMK.js";
import {
  formatPValue,
  formatPoints
} from "./chunk-75RJOHPR.js";
import {
  matchesPromptGlobs
} from "./chunk-LFUHN6E4.js";
import {
  formatMs,
  formatRate,
  formatUsd
} from "./chunk-MI24B43W.js";
import {
  findConfig
} from "./chunk-VMGKHEZH.js";
import "./chunk-SLGLWCCW.js";
import "./chunk-QCHZJ6UA.js";
import "./chunk-7IS7JC7X.js";
import "./chunk-4LD44RND.js";
import "./chunk-6VI5QYJ7.js";
import "./chunk-MXEQ5T6I.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";
import "./chunk-LT62UEMG.js";
import "./chunk-IEJME6RR.js";

// src/cli/monitor-command.ts
import { readdirSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";

// src/render/monitor-summary.ts
var STATUS_COLOR = {
  recorded: "dim",
  stable: "green",
  drift: "red",
  recovered: "green",
  inconclusive: "yellow"
};
function renderMonitorSummary(outcomes, options) {
  const lines = outcomes.map((o) => {
    const last = o.record.history.at(-1);
    const figures = last ? `pass ${formatRate(last.passRate)}, ${formatUsd(last.costPerCallUsd)}/call, p50 ${formatMs(last.latencyP50Ms)}` : "";
    const change = o.decision ? `, ${formatPoints(o.decision.estimate)} vs baseline (${formatPValue(o.decision.pValue)})` : "";
    const regressed = o.status === "drift" ? `; ${o.regressed.length} cases declined` : "";
    return paintLine(
      [
        { text: `${o.status.padEnd(12)} `, color: STATUS_COLOR[o.status] },
        { text: `${o.record.path}: ${figures}${change}${regressed}` }
      ],
      options.color
    );
  });
  return lines.join("\n");
}

// src/cli/monitor-command.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".promptgate"]);
async function runMonitorCommand(args) {
  if (args.help) {
    process.stdout.write(`${monitorHelp}
`);
    return EXIT_OK;
  }
  if (!args.baseline) throw new UsageError("monitor needs --baseline DIR, where the baselines are kept");
  const root = resolve(args.repo);
  const read = createDiskReader(root);
  let config = (await findConfig(args.config ? createDiskReader(process.cwd()) : read, args.config)).config;
  if (args.repeats) config = { ...config, repeats: args.repeats };
  const baselineDir = resolve(args.baseline);
  const paths = args.files.length > 0 ? args.files.map((f) => toRepoPath(root, f)) : listPrompts(root, config, baselineDir);
  if (paths.length === 0)
    throw new InputError({ file: "promptgate.yml", field: "prompts", message: "no prompt file matches" });
  const logger = createConsoleLogger();
  const deps = { model: modelFactory(false)(config), cache: noCache, cacheMode: "off", logger };
  const store = createBaselineDir(baselineDir);
  const at = (/* @__PURE__ */ new Date()).toISOString();
  const outcomes = [];
  for (const path of paths) {
    const baseline = store.read(path);
    const outcome = await monitorPrompt(deps, { path, readFile: read, config, baseline, at });
    store.write(outcome.record);
    outcomes.push(outcome);
  }
  if (args.json) writeFileSync(args.json, `${JSON.stringify(outcomes.map(describeOutcome), null, 2)}
`);
  if (args.markdown) writeFileSync(args.markdown, renderMonitorMarkdown(outcomes));
  process.stdout.write(`${renderMonitorSummary(outcomes, { color: detectTerminal().color })}
`);
  return outcomes.some((o) => o.status === "drift") ? EXIT_GATE_FAILED : EXIT_OK;
}
function describeOutcome(o) {
  return {
    path: o.record.path,
    status: o.status,
    ...o.decision ? { passRateChange: o.decision.estimate, pValue: o.decision.pValue } : {},
    regressed: o.regressed.map((r) => ({ id: r.id, before: r.before.outputs, after: r.after.outputs })),
    history: o.record.history
  };
}
function toRepoPath(root, file) {
  return relative(root, resolve(file)).split("\\").join("/");
}
function listPrompts(root, config, baselineDir) {
  const found = [];
  const walk = (dir) => {
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
export {
  runMonitorCommand
};
