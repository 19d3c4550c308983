import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  advanceBranch,
  createBranchRef,
  createGitHubRepoReader,
  findStickyComment,
  isHttpError,
  listAllPages,
  readErrorMessage,
  requestData,
  requestParsed,
  upsertStickyComment,
  withPermission
} from "./chunk-D3TQUNSO.js";
import {
  COMMENT_MARKER,
  MAX_ANNOTATIONS_PER_REQUEST,
  MAX_CHECK_SUMMARY_CHARS,
  MAX_CHECK_TEXT_CHARS,
  MAX_CHECK_TITLE_CHARS,
  MAX_COMMENT_CHARS,
  buildHeadline,
  listCaseGroup,
  renderComment,
  renderMarkdownReport
} from "./chunk-ORUXK3WP.js";
import {
  escapeHtml,
  escapeInline,
  fencedBlock,
  inlineCode,
  joinMd,
  md,
  plainText,
  reviewPullRequestRange,
  trimText
} from "./chunk-IYH4UEMK.js";
import {
  ModelError,
  formatRate
} from "./chunk-MI24B43W.js";
import {
  loadConfig
} from "./chunk-VMGKHEZH.js";
import {
  defaultConfig
} from "./chunk-SLGLWCCW.js";
import {
  formatInt,
  plural
} from "./chunk-7IS7JC7X.js";
import {
  canAccept,
  decideConclusion
} from "./chunk-MXEQ5T6I.js";
import {
  InputError,
  external_exports,
  formatDiagnostic
} from "./chunk-6MRQXAYL.js";

// src/pr/review-stop.ts
var ReviewStopped = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
    this.name = "ReviewStopped";
  }
  kind;
};
function stopKindOf(signal) {
  if (!signal?.aborted) return void 0;
  return signal.reason instanceof ReviewStopped ? signal.reason.kind : "superseded";
}
function stopMessageOf(signal) {
  const reason = signal.reason;
  return reason instanceof Error ? reason.message : "superseded by a newer review of this pull request";
}
var DEFAULT_DEADLINE_MINUTES = defaultConfig.review.deadlineMinutes;
var FINAL_UPDATE_GRACE_MS = 2 * 6e4;
function createDeadline(options = {}) {
  const startedAt = options.startedAt ?? Date.now();
  const controller = new AbortController();
  const fixed = options.minutes !== void 0;
  let minutes = options.minutes ?? DEFAULT_DEADLINE_MINUTES;
  let timer;
  const arm = () => {
    clearTimeout(timer);
    const wait = Math.max(0, startedAt + minutes * 6e4 - Date.now());
    timer = setTimeout(() => {
      const why = `the review reached its deadline of ${minutes} minute${minutes === 1 ? "" : "s"}`;
      controller.abort(new ReviewStopped("deadline", why));
    }, wait);
    timer.unref?.();
  };
  arm();
  return {
    at: () => startedAt + minutes * 6e4,
    lastAt: () => startedAt + minutes * 6e4 + FINAL_UPDATE_GRACE_MS,
    signal: controller.signal,
    get minutes() {
      return minutes;
    },
    configure(value) {
      if (fixed || value === minutes || controller.signal.aborted) return;
      minutes = value;
      arm();
    },
    dispose: () => clearTimeout(timer)
  };
}

// src/render/source-lines.ts
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function isBlank(line) {
  const t = line.trim();
  return t === "" || t.startsWith("#");
}
function findTestRowLines(source) {
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((l) => /^testData\s*:\s*(#.*)?$/.test(l));
  if (start < 0) return [];
  const rows = [];
  let itemIndent;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    const isItem = /^\s*-(\s|$)/.test(line);
    if (itemIndent === void 0) {
      if (!isItem) break;
      itemIndent = indent;
    }
    if (indent < itemIndent || indent === itemIndent && !isItem) break;
    if (indent === itemIndent) rows.push(i + 1);
  }
  return rows;
}
function findAddedLineRanges(unified) {
  const ranges = [];
  let line = 0;
  let open;
  const close = () => {
    if (open) ranges.push(open);
    open = void 0;
  };
  for (const text of unified.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      close();
      line = Number(hunk[1]);
      continue;
    }
    if (text.startsWith("diff ")) line = 0;
    if (line === 0 || text.startsWith("\\")) continue;
    if (text.startsWith("+")) {
      open = open ? [open[0], line] : [line, line];
      line += 1;
    } else if (text.startsWith("-")) {
      close();
    } else {
      close();
      line += 1;
    }
  }
  close();
  return ranges;
}

// src/render/annotations.ts
var LEVEL_ORDER = { failure: 0, warning: 1, notice: 2 };
function make(path, [start, end], level, title, message) {
  return {
    path,
    start_line: start,
    end_line: end,
    annotation_level: level,
    // Titles and messages are plain text in GitHub's UI, but still shown to people: no hidden characters.
    title: plainText(trimText(title, MAX_CHECK_TITLE_CHARS - 30), "space"),
    message: plainText(trimText(message, 4e3))
  };
}
function describeCase(c) {
  const head = c.head?.outputs.find((o) => !o.pass);
  const failed = head?.failed.map((f) => `${f.evaluator}: ${f.reason}`).join("; ");
  const rates = `pass rate ${formatRate(c.base?.passRate ?? 0)} → ${formatRate(c.head?.passRate ?? 0)}`;
  const output = head ? `
Head output: ${trimText(head.error ?? head.output, 300)}` : "";
  return `${rates}${failed ? `
Failed: ${failed}` : ""}${output}`;
}
function caseLine(prompt, c, source, options) {
  const known = options.caseLines?.[prompt.path]?.[c.id];
  if (known !== void 0) return known;
  return source === void 0 ? void 0 : findTestRowLines(source)[c.index];
}
function promptAnnotations(prompt, source, options) {
  const path = prompt.file ?? prompt.path;
  const changed = findAddedLineRanges(prompt.diff.unified)[0] ?? [1, 1];
  const out = [];
  const failing = prompt.verdict === "fail";
  const unplaced = [];
  for (const c of listCaseGroup(prompt, "regressed")) {
    const file = c.at?.file ?? path;
    const line = c.at?.line ?? caseLine(prompt, c, source, options);
    if (line === void 0) unplaced.push(c);
    else
      out.push(
        make(file, [line, line], failing ? "failure" : "warning", `Regressed: ${c.id}`, describeCase(c))
      );
  }
  if (unplaced.length > 0) {
    const ids = unplaced.map((c) => c.id).join(", ");
    out.push(
      make(path, changed, failing ? "failure" : "warning", plural(unplaced.length, "regressed case"), ids)
    );
  }
  if (prompt.verdict === "fail" || prompt.verdict === "inconclusive") {
    const level = prompt.verdict === "fail" ? "failure" : "notice";
    const message = [
      ...prompt.reasons,
      ...prompt.toSettle ? [`To settle it: ${prompt.toSettle}`] : []
    ].join("\n");
    out.push(make(path, changed, level, `promptgate: ${prompt.verdict}`, message || prompt.verdict));
  }
  for (const w of prompt.warnings) {
    if (w.line !== void 0)
      out.push(make(w.file, [w.line, w.line], "warning", "promptgate warning", formatDiagnostic(w)));
  }
  return out;
}
function buildAnnotations(report, sources, options = {}) {
  const list = report.prompts.flatMap((p) => promptAnnotations(p, sources[p.file ?? p.path], options));
  for (const e of report.errors) {
    if (e.path !== void 0) {
      const line = e.line ?? 1;
      list.push(make(e.path, [line, line], "failure", "promptgate error", e.message));
    }
  }
  return list.sort(
    (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.start_line - b.start_line || LEVEL_ORDER[a.annotation_level] - LEVEL_ORDER[b.annotation_level] || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)
  );
}
function chunkAnnotations(list, size = MAX_ANNOTATIONS_PER_REQUEST) {
  if (size < 1) throw new RangeError(`chunk size must be at least 1, got ${size}`);
  const chunks = [];
  for (let i = 0; i < list.length; i += size) chunks.push(list.slice(i, i + size));
  return chunks;
}

// src/adapters/github/check-run.ts
var CHECK_NAME = "promptgate";
var checkRunSchema = external_exports.object({
  id: external_exports.number(),
  status: external_exports.string(),
  conclusion: external_exports.string().nullish(),
  html_url: external_exports.string().optional(),
  external_id: external_exports.string().nullish(),
  app: external_exports.object({ slug: external_exports.string().optional() }).nullish()
});
var CHECK_EXTERNAL_ID = "promptgate";
var PERMISSION = "checks: write";
var REVIEWING = {
  title: "Reviewing prompt changes",
  summary: "promptgate is running the eval sets of the changed prompts."
};
function findAppSlug(identity) {
  const match = /^(.+)\[bot\]$/i.exec(identity);
  return match ? match[1].toLowerCase() : void 0;
}
function startCheckRun(client, input) {
  return writeOpenRun(client, input, "in_progress", REVIEWING);
}
function upsertPendingCheckRun(client, input) {
  return writeOpenRun(client, input, "queued", { title: input.title, summary: input.summary });
}
function writeOpenRun(client, input, status, output) {
  const { owner, repo, headSha, name = CHECK_NAME, externalId = CHECK_EXTERNAL_ID } = input;
  return withPermission(PERMISSION, `create the ${name} check run`, async () => {
    const unfinished = await findUnfinishedRun(client, { ...input, name, externalId });
    if (unfinished) {
      if (unfinished.status !== status) {
        await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
          owner,
          repo,
          check_run_id: unfinished.id,
          status,
          output
        });
      }
      return { id: unfinished.id };
    }
    const parameters = {
      owner,
      repo,
      name,
      head_sha: headSha,
      status,
      external_id: externalId,
      ...input.detailsUrl ? { details_url: input.detailsUrl } : {},
      output
    };
    const route = "POST /repos/{owner}/{repo}/check-runs";
    const created = await requestParsed(client, route, parameters, checkRunSchema);
    return { id: created.id };
  });
}
async function findUnfinishedRun(client, input) {
  const runs = await listLatestRuns(client, input);
  return runs.find(
    (run) => run.status !== "completed" && run.external_id === input.externalId && (input.appSlug === void 0 || run.app?.slug?.toLowerCase() === input.appSlug)
  );
}
async function listLatestRuns(client, target) {
  const { owner, repo, headSha, name } = target;
  const answer = await requestParsed(
    client,
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    { owner, repo, ref: headSha, check_name: name, filter: "latest" },
    external_exports.object({ check_runs: external_exports.array(checkRunSchema) })
  );
  return answer.check_runs;
}
async function findLatestCheckRun(client, target) {
  const runs = await listLatestRuns(client, { ...target, name: target.name ?? CHECK_NAME });
  const run = runs.find(
    (candidate) => target.appSlug === void 0 || candidate.app?.slug?.toLowerCase() === target.appSlug
  );
  if (!run) return void 0;
  return {
    id: run.id,
    status: run.status,
    conclusion: run.conclusion ?? null,
    ...run.html_url ? { htmlUrl: run.html_url } : {}
  };
}
async function completeCheckRun(client, input) {
  const { owner, repo, checkRunId } = input;
  const title = trimToLimit(input.title, MAX_CHECK_TITLE_CHARS);
  const summary = trimToLimit(input.summary, MAX_CHECK_SUMMARY_CHARS);
  const text = input.text === void 0 ? void 0 : trimToLimit(input.text, MAX_CHECK_TEXT_CHARS);
  const batches = chunkAnnotations(input.annotations ?? []);
  const route = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";
  await withPermission(PERMISSION, "complete the promptgate check run", async () => {
    await client.request(route, {
      owner,
      repo,
      check_run_id: checkRunId,
      status: "completed",
      conclusion: input.conclusion,
      output: { title, summary, ...text === void 0 ? {} : { text }, annotations: batches[0] ?? [] }
    });
    for (const annotations of batches.slice(1)) {
      await client.request(route, {
        owner,
        repo,
        check_run_id: checkRunId,
        output: { title, summary, annotations }
      });
    }
  });
}
function trimToLimit(text, max) {
  if (text.length <= max) return text;
  const note = `

… trimmed to GitHub's ${formatInt(max)}-character limit`;
  if (note.length >= max) return text.slice(0, max);
  let end = max - note.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end -= 1;
  return `${text.slice(0, end)}${note}`;
}

// src/adapters/github/issue-comments.ts
async function postComment(client, target) {
  await requestData(client, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: target.body
  });
}
async function reactToComment(client, target) {
  await client.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
    owner: target.owner,
    repo: target.repo,
    comment_id: target.commentId,
    content: target.content
  });
}

// src/adapters/github/labels.ts
var PERMISSION2 = "pull-requests: write";
async function addLabel(client, target) {
  await withPermission(
    PERMISSION2,
    `add the ${target.label} label`,
    () => client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      labels: [target.label]
    })
  );
}
async function removeLabel(client, target) {
  await withPermission(PERMISSION2, `remove the ${target.label} label`, async () => {
    try {
      await client.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        name: target.label
      });
    } catch (error) {
      if (!isHttpError(error, 404)) throw error;
    }
  });
}
async function findLabelEvent(client, target) {
  const events = await listAllPages(
    client,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
    {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber
    }
  );
  const added = events.filter((e) => e.event === "labeled" && e.label?.name === target.label).at(-1);
  if (!added) return void 0;
  return {
    ...added.actor?.login ? { actor: added.actor.login } : {},
    ...added.created_at ? { at: added.created_at } : {}
  };
}

// src/adapters/github/permissions.ts
var permissionSchema = external_exports.object({ permission: external_exports.string().optional(), role_name: external_exports.string().optional() }).refine((data) => data.permission !== void 0 || data.role_name !== void 0, "no permission field");
var WRITE_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function hasWriteAccess(client, { owner, repo, username }) {
  try {
    const data = await requestParsed(
      client,
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      { owner, repo, username },
      permissionSchema
    );
    return WRITE_ROLES.has(data.permission ?? "") || WRITE_ROLES.has(data.role_name ?? "");
  } catch (error) {
    if (isHttpError(error, 404)) return false;
    throw error;
  }
}

// src/adapters/github/pull-request.ts
var pullRequestSchema = external_exports.object({
  number: external_exports.number(),
  state: external_exports.enum(["open", "closed"]),
  html_url: external_exports.string(),
  labels: external_exports.array(external_exports.object({ name: external_exports.string() })),
  head: external_exports.object({
    ref: external_exports.string(),
    sha: external_exports.string().regex(/^[0-9a-f]{40}$/i, "not a commit SHA"),
    repo: external_exports.object({ full_name: external_exports.string(), pushed_at: external_exports.union([external_exports.string(), external_exports.number()]).nullish() }).nullable()
  }),
  base: external_exports.object({
    ref: external_exports.string(),
    sha: external_exports.string().regex(/^[0-9a-f]{40}$/i, "not a commit SHA"),
    repo: external_exports.object({ full_name: external_exports.string(), default_branch: external_exports.string() })
  })
});
async function getPullRequest(client, ref) {
  const pr = await requestParsed(
    client,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}",
    { owner: ref.owner, repo: ref.repo, pull_number: ref.number },
    pullRequestSchema
  );
  const headRepoFullName = pr.head.repo?.full_name ?? null;
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    baseRef: pr.base.ref,
    headRef: pr.head.ref,
    headRepoFullName,
    // A deleted fork has no head repo: still not ours.
    isFork: headRepoFullName?.toLowerCase() !== pr.base.repo.full_name.toLowerCase(),
    headPushedAt: toIsoTime(pr.head.repo?.pushed_at),
    labels: pr.labels.map((label) => label.name),
    state: pr.state,
    defaultBranch: pr.base.repo.default_branch,
    htmlUrl: pr.html_url
  };
}
async function isHeadCurrent(client, ref, reviewedSha) {
  const pr = await getPullRequest(client, ref);
  return pr.headSha.toLowerCase() === reviewedSha.toLowerCase();
}
async function listOpenPullRequestsAt(client, repo, headSha) {
  const pulls = await requestData(
    client,
    "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    { owner: repo.owner, repo: repo.repo, commit_sha: headSha }
  );
  return pulls.filter((pr) => pr.state === "open").map((pr) => pr.number);
}
function toIsoTime(value) {
  if (value === null || value === void 0) return null;
  const ms = typeof value === "number" ? value * 1e3 : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

// src/adapters/github/rollback.ts
var BRANCH_PREFIX = "promptgate/rollback-";
var MAX_BRANCH_ATTEMPTS = 20;
async function openRollbackPullRequest(client, input) {
  const { owner, repo, path, defaultBranch } = input;
  const toSha = input.toSha ?? await findPreviousVersion(client, input);
  const short = toSha.slice(0, 7);
  const reader = createGitHubRepoReader(client, { owner, repo });
  const content = await reader.readFile(toSha, path);
  if (content === null) throw new Error(`${path} does not exist at ${short}: nothing to roll back to`);
  const open = await findOpenRollback(client, input, { toSha, content });
  if (open) return open;
  const head = await requestData(
    client,
    "GET /repos/{owner}/{repo}/commits/{ref}",
    { owner, repo, ref: defaultBranch }
  );
  if (await reader.readFile(head.sha, path) === content) {
    throw new Error(`${path} on ${defaultBranch} is already the version from ${short}: nothing to roll back`);
  }
  const pushed = await withPermission(
    "contents: write",
    `push a rollback branch for ${path}`,
    () => pushRollbackCommit(client, input, { content, toSha, parent: head.sha, parentTree: head.commit.tree.sha })
  );
  const pr = await withPermission(
    "pull-requests: write",
    `open the rollback pull request for ${path}`,
    () => requestData(client, "POST /repos/{owner}/{repo}/pulls", {
      owner,
      repo,
      title: `Roll back ${path} to ${short}`,
      head: pushed.branch,
      base: defaultBranch,
      body: buildRollbackBody(path, toSha, head.sha)
    })
  );
  return { number: pr.number, url: pr.html_url, ...pushed, toSha, baseSha: head.sha, reused: false };
}
async function findOpenRollback(client, { owner, repo, path, defaultBranch }, restore) {
  const marker = buildRollbackMarker(path, restore.toSha);
  const fullName = `${owner}/${repo}`.toLowerCase();
  const isCandidate = (pr) => (pr.body ?? "").includes(marker) && pr.head.repo?.full_name.toLowerCase() === fullName && pr.head.ref.startsWith(BRANCH_PREFIX);
  const pulls = await listAllPages(
    client,
    "GET /repos/{owner}/{repo}/pulls",
    { owner, repo, state: "open", base: defaultBranch },
    (batch) => batch.some(isCandidate)
  );
  const reader = createGitHubRepoReader(client, { owner, repo });
  for (const pr of pulls.filter(isCandidate)) {
    if (await reader.readFile(pr.head.sha, path) !== restore.content) continue;
    return {
      number: pr.number,
      url: pr.html_url,
      branch: pr.head.ref,
      headSha: pr.head.sha,
      toSha: restore.toSha,
      baseSha: pr.base.sha,
      reused: true
    };
  }
  return void 0;
}
async function pushRollbackCommit(client, { owner, repo, path }, change) {
  const short = change.toSha.slice(0, 7);
  const branch = await createBranch(client, { owner, repo }, buildBranchName(path, short), change.parent);
  const blob = await requestData(client, "POST /repos/{owner}/{repo}/git/blobs", {
    owner,
    repo,
    content: change.content,
    encoding: "utf-8"
  });
  const tree = await requestData(client, "POST /repos/{owner}/{repo}/git/trees", {
    owner,
    repo,
    base_tree: change.parentTree,
    tree: [{ path, mode: "100644", type: "blob", sha: blob.sha }]
  });
  const commit = await requestData(client, "POST /repos/{owner}/{repo}/git/commits", {
    owner,
    repo,
    message: `Roll back ${path} to ${short}

Restores ${path} as of commit ${change.toSha}.`,
    tree: tree.sha,
    parents: [change.parent]
  });
  await advanceBranch(client, { owner, repo }, branch, commit.sha);
  return { branch, headSha: commit.sha };
}
async function findPreviousVersion(client, input) {
  const { owner, repo, path, defaultBranch } = input;
  const history = await requestData(client, "GET /repos/{owner}/{repo}/commits", {
    owner,
    repo,
    path,
    sha: defaultBranch,
    per_page: 2
  });
  const previous = history[1];
  if (!previous) {
    throw new Error(
      `no earlier version of ${path} on ${defaultBranch}: ` + (history.length === 0 ? "the file has no history there" : "it was added by its only commit")
    );
  }
  return previous.sha;
}
function buildBranchName(path, shortSha) {
  const base = (path.split("/").pop() ?? path).replace(/\.(prompt\.ya?ml|prompty|prompt)$/i, "").replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "");
  return `${BRANCH_PREFIX}${base || "file"}-${shortSha}`;
}
async function createBranch(client, { owner, repo }, name, sha) {
  for (let attempt = 1; attempt <= MAX_BRANCH_ATTEMPTS; attempt++) {
    const branch = attempt === 1 ? name : `${name}-${attempt}`;
    try {
      await createBranchRef(client, { owner, repo }, branch, sha);
      return branch;
    } catch (error) {
      if (!(isHttpError(error, 422) && /already exists/i.test(readErrorMessage(error)))) throw error;
    }
  }
  throw new Error(
    `branches ${name} to ${name}-${MAX_BRANCH_ATTEMPTS} all exist; delete old rollback branches`
  );
}
function buildRollbackMarker(path, toSha) {
  return md`<!-- promptgate:rollback path=${escapeHtml(JSON.stringify(path))} to=${escapeInline(toSha)} -->`;
}
function buildRollbackBody(path, toSha, fromSha) {
  return md`${buildRollbackMarker(path, toSha)}
This pull request restores ${inlineCode(path)} to its content at commit ${escapeInline(toSha)}.

It branches from ${escapeInline(fromSha)}, the current head of the default branch, and changes only that file.
promptgate reviews it like any other prompt change: the comment below compares the current
version (base) with the restored one (head).`;
}

// src/adapters/github/github-publisher.ts
function createGitHubPublisher(client) {
  return {
    readRepository: (repo, logger) => createGitHubRepoReader(client, repo, logger ? { logger } : {}),
    getPullRequest: (pr) => getPullRequest(client, pr),
    isHeadCurrent: (pr, reviewedSha) => isHeadCurrent(client, pr, reviewedSha),
    listOpenPullRequestsAt: (repo, headSha) => listOpenPullRequestsAt(client, repo, headSha),
    startCheck: (input) => startCheckRun(client, input),
    holdCheck: (input) => upsertPendingCheckRun(client, input),
    completeCheck: (input) => completeCheckRun(client, input),
    findLatestCheck: (input) => findLatestCheckRun(client, input),
    findStickyComment: (target) => findStickyComment(client, target),
    upsertStickyComment: (target) => upsertStickyComment(client, target),
    postComment: (pr, body) => postComment(client, { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, body }),
    reactToComment: (repo, commentId, content) => reactToComment(client, { ...repo, commentId, content }),
    findLabelEvent: (target) => findLabelEvent(client, target),
    addLabel: (target) => addLabel(client, target),
    removeLabel: (target) => removeLabel(client, target),
    hasWriteAccess: (target) => hasWriteAccess(client, target),
    openRollbackPullRequest: (input) => openRollbackPullRequest(client, input)
  };
}

// src/pr/review-check.ts
var MAX_ERROR_CHARS = 4e3;
function createReviewCheck(publisher, target, logger) {
  return new CheckRunLifecycle(publisher, target, logger);
}
var CheckRunLifecycle = class {
  constructor(publisher, target, logger) {
    this.publisher = publisher;
    this.target = target;
    this.logger = logger;
  }
  publisher;
  target;
  logger;
  #id;
  #completion;
  // A completion GitHub accepted; one it refused leaves the check open for the failure to complete it.
  #landed = false;
  #refused = false;
  get id() {
    return this.#id;
  }
  get completed() {
    return this.#completion !== void 0;
  }
  async start() {
    const run = await this.publisher.startCheck(this.#openRun());
    this.#id = run.id;
    return run.id;
  }
  hold(output) {
    return this.publisher.holdCheck({ ...this.#openRun(), ...output });
  }
  complete(output) {
    if (this.#completion && !this.#refused) return this.#completion;
    if (this.#id === void 0) return Promise.reject(new Error("the check run was never started"));
    this.#refused = false;
    const { owner, repo } = this.target;
    this.#completion = this.publisher.completeCheck({ owner, repo, checkRunId: this.#id, ...output }).then(
      () => {
        this.#landed = true;
      },
      (error) => {
        this.#refused = true;
        throw error;
      }
    );
    return this.#completion;
  }
  async cancel(reason, logger) {
    if (this.#completion || this.#id === void 0) return;
    const cancelled = {
      conclusion: "cancelled",
      title: "Cancelled",
      summary: `This review was not finished: ${reason}. Re-run it to get a verdict.`,
      annotations: []
    };
    await this.complete(cancelled).catch(
      (error) => logger.warn(`could not cancel check run ${this.#id}: ${error.message}`)
    );
  }
  settled() {
    return (this.#completion ?? Promise.resolve()).then(
      () => void 0,
      () => void 0
    );
  }
  async failOnError(work, signal) {
    try {
      return await work();
    } catch (error) {
      if (!this.#landed && !signal?.aborted) await this.#completeAsFailure(error);
      throw error;
    }
  }
  /** The run on the head as the token's app sees it: only its own unfinished run is reused. */
  #openRun() {
    const { owner, repo, headSha, identity, detailsUrl } = this.target;
    const appSlug = findAppSlug(identity);
    return {
      owner,
      repo,
      headSha,
      name: CHECK_NAME,
      ...appSlug ? { appSlug } : {},
      ...detailsUrl ? { detailsUrl } : {}
    };
  }
  /**
   * Completes the check as `failure` with the error, starting it first when the review never did. When the
   * head moved on, that SHA's outcome no longer matters: a started run is cancelled, none is created. Never throws.
   */
  async #completeAsFailure(error) {
    const { owner, repo, number, headSha } = this.target;
    try {
      if (!await this.publisher.isHeadCurrent({ owner, repo, number }, headSha)) {
        await this.cancel(`the head moved past ${headSha.slice(0, 7)}`, this.logger);
        return;
      }
      if (this.#id === void 0) await this.start();
      await this.complete({
        conclusion: "failure",
        title: "promptgate could not review this pull request",
        summary: renderFailureSummary(error),
        annotations: []
      });
    } catch (writeError) {
      const message = writeError.message;
      this.logger.warn(`could not complete the ${CHECK_NAME} check on ${headSha.slice(0, 7)}: ${message}`);
    }
  }
};
function renderFailureSummary(error) {
  const message = error instanceof Error ? error.message : String(error);
  return `promptgate could not review this pull request:

${fencedBlock(trimText(message, MAX_ERROR_CHARS))}`;
}

// src/engine/abortable-model.ts
function withReviewSignal(model, signal) {
  const reason = () => {
    const why = signal.reason;
    const text = why instanceof Error && why.name !== "AbortError" ? why.message : "the review was superseded";
    return new ModelError("aborted", text);
  };
  return {
    endpoint: model.endpoint,
    complete(request, callSignal) {
      if (signal.aborted) return Promise.reject(reason());
      const stop = new AbortController();
      const onAbort = () => stop.abort(reason());
      const onCall = () => stop.abort(callSignal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      if (callSignal.aborted) onCall();
      else callSignal.addEventListener("abort", onCall, { once: true });
      return model.complete(request, stop.signal).finally(() => {
        signal.removeEventListener("abort", onAbort);
        callSignal.removeEventListener("abort", onCall);
      });
    }
  };
}

// src/render/stopped-review.ts
function renderCancelledComment(reason, headSha) {
  return [
    COMMENT_MARKER,
    "## ⏹️ promptgate: review cancelled",
    "",
    `The review of ${inlineCode(headSha.slice(0, 7))} was cancelled before it finished (${reason}). There is no verdict: the \`promptgate\` check is \`cancelled\`. Re-run the workflow to review again.`,
    ""
  ].join("\n");
}
function renderDeadlineNote(minutes) {
  const unit = minutes === 1 ? md`minute` : md`minutes`;
  return md`> [!WARNING]
> promptgate stopped at its deadline of ${minutes} ${unit}: the results below are partial, so the check does not pass. Raise \`review.deadlineMinutes\` (or the action's \`deadline-minutes\`), lower \`repeats\`, or re-run.`;
}
function renderTimedOutSummary(minutes) {
  return `promptgate did not finish within its deadline of ${minutes} minute${minutes === 1 ? "" : "s"} and had nothing it could publish. Re-run the review, or raise \`review.deadlineMinutes\`.`;
}

// src/pr/acceptance.ts
async function clearAcceptanceOnPush(deps, pr, label, previousHeadSha) {
  const earlier = previousHeadSha ? md`the earlier head ${inlineCode(previousHeadSha.slice(0, 7))}` : md`an earlier head`;
  const labels = pr.labels.filter((name) => name !== label);
  const intro = md`The ${inlineCode(label)} label accepted ${earlier}; an acceptance does not carry over to new commits`;
  try {
    await deps.publisher.removeLabel({ owner: pr.owner, repo: pr.repo, issueNumber: pr.number, label });
    deps.logger.info(`removed ${label} from #${pr.number}: it accepted an earlier head`);
    return {
      labels,
      note: md`ℹ️ ${intro}, so promptgate removed the label. Add it again to accept this head.`
    };
  } catch (error) {
    deps.logger.warn(`could not remove ${label} from #${pr.number}: ${error.message}`);
    return {
      labels,
      note: md`ℹ️ ${intro}, and promptgate could not remove the label. Remove it and add it again to accept this head.`
    };
  }
}
async function resolveAcceptance(deps, pr, input) {
  const { label } = input;
  if (!canAccept(input.report) || !pr.labels.includes(label)) return {};
  const actor = input.acceptedBy ?? await findActor(deps, pr, label);
  const ignored = md`does not accept the regression; someone with write access can add it again.`;
  if (!actor) {
    return {
      note: md`ℹ️ The ${inlineCode(label)} label is on this pull request, but its events do not say who added it: it ${ignored}`
    };
  }
  if (actor.toLowerCase() === deps.identity.toLowerCase()) return { accepted: { label, by: actor } };
  const who = escapeInline(`@${actor}`);
  try {
    const allowed = await deps.publisher.hasWriteAccess({ owner: pr.owner, repo: pr.repo, username: actor });
    if (allowed) return { accepted: { label, by: actor } };
    deps.logger.info(`${label} on #${pr.number} was added by ${actor}, who has no write access: ignored`);
    return {
      note: md`ℹ️ The ${inlineCode(label)} label was added by ${who}, who has no write access to this repository: it ${ignored}`
    };
  } catch (error) {
    deps.logger.warn(`could not check ${actor}'s permission: ${error.message}`);
    return {
      note: md`ℹ️ promptgate could not check whether ${who}, who added the ${inlineCode(label)} label, has write access, so the label ${ignored}`
    };
  }
}
async function findActor(deps, pr, label) {
  const target = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, label };
  return deps.publisher.findLabelEvent(target).then(
    (event) => event?.actor,
    (error) => {
      deps.logger.warn(`could not find who added ${label}: ${error.message}`);
      return void 0;
    }
  );
}

// src/render/check-output.ts
function renderCheckOutput(report, options = {}) {
  const accepted = options.accepted !== void 0 && canAccept(report);
  const headline = buildHeadline(report, "plain");
  const title = trimText(accepted ? `Accepted: ${headline}` : headline, MAX_CHECK_TITLE_CHARS - 30);
  const summary = renderMarkdownReport(report, {
    ...options,
    maxChars: MAX_CHECK_SUMMARY_CHARS,
    marker: false,
    limitName: "the check summary's"
  });
  return { title, summary, conclusion: decideConclusion(report, accepted) };
}

// src/pr/reviewed-head.ts
var HEAD_MARKER = /^<!-- promptgate:head ([0-9a-f]{40}) -->$/;
var REVIEWED_HEAD_CHARS = "<!-- promptgate:head  -->\n".length + 40;
function withReviewedHead(body, headSha) {
  if (!/^[0-9a-f]{40}$/i.test(headSha) || !body.startsWith(`${COMMENT_MARKER}
`)) return body;
  const rest = body.slice(COMMENT_MARKER.length + 1);
  return `${COMMENT_MARKER}
<!-- promptgate:head ${headSha.toLowerCase()} -->
${rest}`;
}
function readReviewedHead(body) {
  const lines = body.replace(/\r\n/g, "\n").split("\n", 2);
  if (lines[0] !== COMMENT_MARKER) return void 0;
  return HEAD_MARKER.exec(lines[1] ?? "")?.[1];
}

// src/pr/publish-review.ts
async function publishReview(deps, pr, input) {
  const { report } = input;
  const options = {
    ...input.accepted ? { accepted: input.accepted } : {},
    acceptLabel: input.acceptLabel,
    ...input.runUrl ? { runUrl: input.runUrl } : {},
    ...input.shell ? { shell: input.shell } : {}
  };
  const { note } = input;
  const output = renderCheckOutput(report, options);
  const maxChars = MAX_COMMENT_CHARS - REVIEWED_HEAD_CHARS - (note ? note.length + 2 : 0);
  const rendered = renderComment(report, { ...options, maxChars });
  const commentBody = withReviewedHead(note ? insertNote(rendered, note) : rendered, report.head.sha);
  const summary = note ? `${note}

${output.summary}` : output.summary;
  const stale = await input.isStale();
  if (stale) return { commentBody, stale };
  await input.check.complete({
    conclusion: output.conclusion,
    title: output.title,
    summary,
    ...output.text ? { text: output.text } : {},
    annotations: buildAnnotations(report, input.sources)
  });
  if (!input.comment) return { conclusion: output.conclusion, commentBody };
  const target = {
    owner: pr.owner,
    repo: pr.repo,
    issueNumber: pr.number,
    marker: COMMENT_MARKER,
    identity: deps.identity
  };
  if (report.prompts.length === 0 && !await deps.publisher.findStickyComment(target)) {
    return { conclusion: output.conclusion, commentBody };
  }
  const staleNow = await input.isStale();
  if (staleNow) return { conclusion: output.conclusion, commentBody, stale: staleNow };
  const comment = await deps.publisher.upsertStickyComment({ ...target, body: commentBody });
  deps.logger.info(`comment ${comment.action}: ${comment.url}`);
  return { conclusion: output.conclusion, commentBody, commentUrl: comment.url };
}
function insertNote(body, note) {
  const end = body.indexOf("\n\n");
  if (end < 0) return `${body.trimEnd()}

${note}
`;
  return `${body.slice(0, end)}

${note}${body.slice(end)}`;
}
async function readPromptSources(reader, headSha, report) {
  const sources = {};
  for (const prompt of report.prompts) {
    if (prompt.change === "deleted") continue;
    const file = prompt.file ?? prompt.path;
    const text = await reader.readFile(headSha, file).catch((error) => {
      if (error instanceof InputError) return null;
      throw error;
    });
    if (text !== null) sources[file] = text;
  }
  return sources;
}

// src/pr/stop-watch.ts
var PUBLISH_GRACE_MS = 6e4;
function watchStops(input) {
  const { signal, deadline, check, logger } = input;
  const pending = [];
  let backstop;
  const onStop = () => {
    if (!signal || check.completed) return;
    const reason = stopMessageOf(signal);
    pending.push(check.cancel(reason, logger));
    if (stopKindOf(signal) === "cancelled" && input.comment) pending.push(sayCancelled(input, reason));
  };
  const onDeadline = () => {
    backstop = setTimeout(() => {
      if (check.completed) return;
      logger.warn(`the review could not publish within ${PUBLISH_GRACE_MS / 1e3}s of its deadline`);
      const summary = renderTimedOutSummary(deadline.minutes);
      const timedOut = { conclusion: "timed_out", title: "Timed out", summary, annotations: [] };
      pending.push(check.complete(timedOut).catch((error) => logger.warn(String(error))));
    }, PUBLISH_GRACE_MS);
    backstop.unref?.();
  };
  if (signal?.aborted) onStop();
  else signal?.addEventListener("abort", onStop, { once: true });
  deadline.signal.addEventListener("abort", onDeadline, { once: true });
  return {
    settled: async () => {
      await Promise.allSettled(pending);
      await check.settled();
    },
    dispose() {
      signal?.removeEventListener("abort", onStop);
      deadline.signal.removeEventListener("abort", onDeadline);
      clearTimeout(backstop);
    }
  };
}
async function sayCancelled(input, reason) {
  const { pr } = input;
  try {
    await input.publisher.upsertStickyComment({
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      marker: COMMENT_MARKER,
      identity: input.identity,
      body: renderCancelledComment(reason, pr.headSha)
    });
  } catch (error) {
    input.logger.warn(
      `could not say in the comment that the review was cancelled: ${error.message}`
    );
  }
}

// src/pr/review-pull-request.ts
async function reviewPullRequest(deps, pr, options) {
  const { publisher, logger } = deps;
  const reader = publisher.readRepository({ owner: pr.owner, repo: pr.repo }, logger);
  const config = options.config ?? (await loadConfig(reader, pr.baseSha, options.configPath)).config;
  const deadline = deps.deadline ?? createDeadline();
  deadline.configure(config.review.deadlineMinutes);
  const stale = await staleReason(deps, pr);
  if (stale) return { config, accepted: false, stale };
  const check = options.check ?? createReviewCheck(publisher, buildCheckTarget(deps, pr, options), logger);
  await check.start();
  const stops = watchStops({ ...deps, pr, check, deadline, comment: options.comment });
  try {
    return await check.failOnError(async () => {
      const result = await reviewAndPublish(deps, pr, options, { config, reader, check, deadline });
      if (result.stale) await check.cancel(result.stale, logger);
      return result;
    }, deps.signal);
  } finally {
    stops.dispose();
    await stops.settled();
    if (!deps.deadline) deadline.dispose();
  }
}
function buildCheckTarget(deps, pr, options) {
  return {
    owner: pr.owner,
    repo: pr.repo,
    number: pr.number,
    headSha: pr.headSha,
    identity: deps.identity,
    ...options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}
  };
}
async function reviewAndPublish(deps, pr, options, { config, reader, check, deadline }) {
  const label = config.labels.accept;
  const notes = [];
  let current = pr;
  if (options.newPush && pr.labels.includes(label)) {
    const cleared = await clearAcceptanceOnPush(deps, pr, label, options.newPush.previousHeadSha);
    current = { ...pr, labels: cleared.labels };
    notes.push(cleared.note);
  }
  const stop = deps.signal ? AbortSignal.any([deps.signal, deadline.signal]) : deadline.signal;
  const review = {
    repo: reader,
    logger: deps.logger,
    createModel: (forConfig) => withReviewSignal(deps.createModel(forConfig), stop),
    createCache: deps.createCache,
    ...deps.createTracer ? { createTracer: deps.createTracer } : {},
    cacheMode: deps.cacheMode,
    onProgress: deps.onProgress,
    signal: stop
  };
  let report = labelRefs(await reviewPullRequestRange(review, pr, { dryRun: options.dryRun, config }), pr);
  const checkRunId = check.id;
  if (deps.signal && stopKindOf(deps.signal)) {
    return { config, accepted: false, checkRunId, report, stale: stopMessageOf(deps.signal) };
  }
  if (deadline.signal.aborted) {
    report = markPartial(report, deadline.minutes);
    notes.push(renderDeadlineNote(deadline.minutes));
  }
  if (deps.recordExperiments) report = await deps.recordExperiments(report);
  const acceptance = await resolveAcceptance(deps, current, {
    label,
    report,
    ...options.acceptedBy ? { acceptedBy: options.acceptedBy } : {}
  });
  if (acceptance.note) notes.push(acceptance.note);
  const published = await publishReview(deps, pr, {
    report,
    check,
    accepted: acceptance.accepted,
    acceptLabel: label,
    comment: options.comment,
    sources: await readPromptSources(reader, pr.headSha, report),
    runUrl: options.detailsUrl,
    isStale: () => staleReason(deps, pr),
    ...notes.length > 0 ? { note: joinMd(notes, "\n\n") } : {},
    ...options.shell ? { shell: options.shell } : {}
  });
  return { report, config, accepted: acceptance.accepted !== void 0, checkRunId, ...published };
}
async function staleReason(deps, pr) {
  if (deps.signal?.aborted) return stopMessageOf(deps.signal);
  const current = await deps.publisher.isHeadCurrent(
    { owner: pr.owner, repo: pr.repo, number: pr.number },
    pr.headSha
  );
  if (current) return void 0;
  const reason = `the head of #${pr.number} moved past ${pr.headSha.slice(0, 7)}`;
  deps.logger.info(`${reason}: this review publishes nothing`);
  return reason;
}
function labelRefs(report, pr) {
  return {
    ...report,
    base: { ...report.base, ref: pr.baseRef ?? report.base.ref },
    head: { ...report.head, ref: pr.headRef ?? report.head.ref }
  };
}
function markPartial(report, minutes) {
  const message = `Stopped at the deadline of ${minutes} minute(s): the review is incomplete.`;
  return {
    ...report,
    incomplete: true,
    verdict: report.verdict === "fail" ? "fail" : "error",
    errors: [...report.errors, { message }]
  };
}

// src/pr/pull-request-event.ts
var REVIEW_ACTIONS = ["opened", "synchronize", "reopened", "labeled", "unlabeled"];
function toPullRequestEvent(payload) {
  return {
    action: payload.action ?? "",
    ...payload.label ? { label: payload.label.name } : {},
    ...payload.sender ? { sender: payload.sender.login } : {},
    ...payload.before ? { before: payload.before } : {}
  };
}
function readPullRequestEvent(event, labels, isFork) {
  const changed = event.action === "labeled" || event.action === "unlabeled" ? event.label : void 0;
  const runCounts = isFork !== false;
  if (changed !== void 0 && labels) {
    const ours = changed === labels.accept || runCounts && changed === labels.run;
    if (!ours) return { kind: "unrelated-label", label: changed };
  }
  const by = event.action === "labeled" && changed !== void 0 ? event.sender : void 0;
  const approvedRun = by !== void 0 && labels !== void 0 && runCounts && changed === labels.run;
  const accepted = by !== void 0 && !approvedRun && (labels === void 0 || changed === labels.accept);
  return {
    kind: "review",
    ...approvedRun ? { forkApprovedBy: by } : {},
    ...accepted ? { acceptedBy: by } : {},
    ...event.action === "synchronize" ? { newPush: event.before ? { previousHeadSha: event.before } : {} } : {}
  };
}

// src/pr/fork-run-gate.ts
function buildForkRunQuery(pr, configLabels, facts) {
  const where = { owner: pr.owner, repo: pr.repo, number: pr.number };
  return { ...where, ...facts, runLabel: configLabels.run, clearOnPush: [configLabels.accept] };
}
function forkRunTrigger(event) {
  if (event.newPush) return { kind: "push" };
  return event.forkApprovedBy ? { kind: "approval", by: event.forkApprovedBy } : { kind: "other" };
}
async function decideForkRun(deps, query) {
  const label = inlineCode(query.runLabel);
  const command = query.shell === "app" ? md` or comment \`/promptgate run\`` : md``;
  const askAgain = md`someone with write access can add the ${label} label${command} to run it`;
  if (query.trigger.kind === "push") {
    for (const stale of [query.runLabel, ...query.clearOnPush ?? []]) {
      if (query.labels.includes(stale)) await removeStaleLabel(deps, query, stale);
    }
    return { run: false, reason: md`a new push to this fork pull request needs a new approval: ${askAgain}` };
  }
  let approver;
  if (query.trigger.kind === "approval") approver = query.trigger.by;
  else {
    if (!query.labels.includes(query.runLabel))
      return { run: false, reason: md`not approved yet: ${askAgain}` };
    const target = { owner: query.owner, repo: query.repo, issueNumber: query.number, label: query.runLabel };
    const event = await deps.publisher.findLabelEvent(target);
    if (!event?.actor || !event.at) {
      return {
        run: false,
        reason: md`the events do not say who added the ${label} label or when: ${askAgain}`
      };
    }
    if (query.headPushedAt === null || Date.parse(event.at) <= Date.parse(query.headPushedAt)) {
      return {
        run: false,
        reason: md`the ${label} label was added before the latest push to the fork: ${askAgain}`
      };
    }
    approver = event.actor;
  }
  if (approver.toLowerCase() === deps.identity.toLowerCase()) return { run: true, approvedBy: approver };
  const allowed = await deps.publisher.hasWriteAccess({
    owner: query.owner,
    repo: query.repo,
    username: approver
  });
  if (allowed) return { run: true, approvedBy: approver };
  deps.logger.info(
    `${query.runLabel} on #${query.number} comes from ${approver}, who has no write access: ignored`
  );
  return {
    run: false,
    reason: md`${escapeInline(`@${approver}`)} approved it but has no write access to this repository: ${askAgain}`
  };
}
async function removeStaleLabel(deps, query, label) {
  const target = { owner: query.owner, repo: query.repo, issueNumber: query.number, label };
  try {
    await deps.publisher.removeLabel(target);
    deps.logger.info(`removed ${label} from #${query.number}: it was given to an earlier head`);
  } catch (error) {
    deps.logger.warn(`could not remove ${label} from #${query.number}: ${error.message}`);
  }
}

export {
  ReviewStopped,
  createDeadline,
  CHECK_NAME,
  findAppSlug,
  toIsoTime,
  createGitHubPublisher,
  createReviewCheck,
  readReviewedHead,
  reviewPullRequest,
  buildCheckTarget,
  REVIEW_ACTIONS,
  toPullRequestEvent,
  readPullRequestEvent,
  buildForkRunQuery,
  forkRunTrigger,
  decideForkRun
};
