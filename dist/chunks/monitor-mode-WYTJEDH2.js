import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  DRIFT_LABEL,
  driftMarker,
  renderDriftIssue,
  renderDriftTitle,
  renderMonitorMarkdown,
  renderRecoveredComment
} from "./chunk-5ISKR4XY.js";
import {
  createActionOctokit,
  createDataBranchBaselines,
  createModelFactory,
  getDefaultBranch
} from "./chunk-6GXIFLEN.js";
import "./chunk-JNWJFBGG.js";
import "./chunk-BQZJCS3E.js";
import {
  noCache
} from "./chunk-AIUS6MYE.js";
import "./chunk-RW2ZI6RW.js";
import {
  createGitHubRepoReader,
  listAllPages,
  requestParsed,
  withPermission
} from "./chunk-D3TQUNSO.js";
import {
  monitorPrompt
} from "./chunk-IYH4UEMK.js";
import "./chunk-75RJOHPR.js";
import {
  matchesPromptGlobs
} from "./chunk-LFUHN6E4.js";
import "./chunk-MI24B43W.js";
import {
  loadConfig
} from "./chunk-VMGKHEZH.js";
import "./chunk-SLGLWCCW.js";
import "./chunk-QCHZJ6UA.js";
import "./chunk-7IS7JC7X.js";
import "./chunk-4LD44RND.js";
import "./chunk-6VI5QYJ7.js";
import {
  InputError,
  external_exports
} from "./chunk-6MRQXAYL.js";
import "./chunk-LT62UEMG.js";
import "./chunk-IEJME6RR.js";

// src/adapters/github/drift-issues.ts
var PERMISSION = "issues: write";
var issueSchema = external_exports.object({
  number: external_exports.number(),
  html_url: external_exports.string(),
  body: external_exports.string().nullable().optional(),
  // The issues list holds pull requests too; they are never the monitor's issue.
  pull_request: external_exports.unknown().optional()
});
async function findDriftIssue(client, { owner, repo }, path, state = "open") {
  const marker = driftMarker(path);
  const isOurs = (issue) => !issue.pull_request && (issue.body ?? "").startsWith(marker);
  const issues = await listAllPages(
    client,
    "GET /repos/{owner}/{repo}/issues",
    { owner, repo, labels: DRIFT_LABEL, state },
    (page) => page.some(isOurs),
    issueSchema
  );
  return issues.find(isOurs);
}
async function publishDriftIssue(client, target, outcome) {
  const { status, record } = outcome;
  if (status !== "drift" && status !== "recovered") return { kind: "none" };
  const existing = await findDriftIssue(client, target, record.path);
  const { owner, repo } = target;
  if (status === "recovered") {
    if (!existing) return { kind: "none" };
    await withPermission(PERMISSION, `close the drift issue of ${record.path}`, async () => {
      await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...{ owner, repo, issue_number: existing.number },
        body: renderRecoveredComment(outcome)
      });
      await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...{ owner, repo, issue_number: existing.number },
        state: "closed",
        state_reason: "completed"
      });
    });
    return { kind: "closed", number: existing.number, url: existing.html_url };
  }
  const content = { title: renderDriftTitle(record.path), body: renderDriftIssue(outcome) };
  const closed = existing ? void 0 : await findDriftIssue(client, target, record.path, "closed");
  return withPermission(PERMISSION, `write the drift issue of ${record.path}`, async () => {
    const earlier = existing ?? closed;
    if (earlier) {
      const route = "PATCH /repos/{owner}/{repo}/issues/{issue_number}";
      const reopen = existing ? {} : { state: "open", state_reason: "reopened" };
      const params2 = { owner, repo, issue_number: earlier.number, ...content, ...reopen };
      const issue2 = await requestParsed(client, route, params2, issueSchema);
      return { kind: existing ? "updated" : "reopened", number: issue2.number, url: issue2.html_url };
    }
    const params = { owner, repo, ...content, labels: [DRIFT_LABEL] };
    const issue = await requestParsed(client, "POST /repos/{owner}/{repo}/issues", params, issueSchema);
    return { kind: "opened", number: issue.number, url: issue.html_url };
  });
}

// src/action/monitor-mode.ts
async function runMonitorMode(run) {
  const { inputs, context, logger } = run;
  const octokit = createActionOctokit(run);
  const reader = createGitHubRepoReader(octokit, context, { logger });
  const defaultBranch = context.payload.repository?.default_branch ?? await getDefaultBranch(octokit, repoOf(run));
  const sha = await reader.resolveRef(defaultBranch);
  const { config } = await loadConfig(reader, sha, inputs.config);
  const read = (path) => reader.readFile(sha, path);
  const paths = (await reader.listFiles(sha)).filter((p) => matchesPromptGlobs(p, config.prompts)).sort();
  if (paths.length === 0) {
    throw new InputError({
      file: "promptgate.yml",
      field: "prompts",
      message: `no prompt file matches on ${defaultBranch}`
    });
  }
  run.deadline.configure(config.review.deadlineMinutes);
  const signal = run.signal ? AbortSignal.any([run.signal, run.deadline.signal]) : run.deadline.signal;
  const model = createModelFactory(inputs, run.redact)(config);
  const deps = { model, cache: noCache, cacheMode: "off", logger, signal };
  const store = createDataBranchBaselines(octokit, { ...repoOf(run), branch: inputs["data-branch"] });
  const at = (/* @__PURE__ */ new Date()).toISOString();
  const outcomes = [];
  for (const path of paths) {
    if (signal.aborted) {
      logger.warn(`${path}: not run, ${signal.reason instanceof Error ? signal.reason.message : "stopped"}`);
      continue;
    }
    const baseline = await store.read(path);
    const outcome = await monitorPrompt(deps, { path, readFile: read, config, baseline, at });
    logger.info(`${path}: ${outcome.status}`);
    outcomes.push(outcome);
  }
  await store.commit(
    outcomes.map((o) => o.record),
    `Monitor run of ${defaultBranch} at ${sha.slice(0, 7)}`
  );
  const actions = [];
  for (const outcome of outcomes) actions.push(await publishDriftIssue(octokit, repoOf(run), outcome));
  const written = actions.flatMap((a) => a.kind === "none" ? [] : [`${a.kind} ${a.url}`]);
  return {
    summary: `## promptgate monitor

${renderMonitorMarkdown(outcomes)}`,
    ...written.length > 0 ? { notice: `drift issues: ${written.join(", ")}` } : {}
  };
}
function repoOf({ context }) {
  return { owner: context.owner, repo: context.repo };
}
export {
  runMonitorMode
};
