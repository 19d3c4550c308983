// Rollback mode against the fake GitHub: the Git data writes, the pull request, and the review posted on it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActionRun } from "../../src/action/action-deps.js";
import { parseActionInputs } from "../../src/action/inputs.js";
import { runRollbackMode } from "../../src/action/rollback-mode.js";
import { createRedactor } from "../../src/core/redact.js";
import { silentLogger } from "../../src/ports.js";
import { createDeadline } from "../../src/pr/review-stop.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";
import { pricingConfig, supportPrompt, systemWithLink } from "../support/review-harness.js";

const OWNER = "octo-org";
const REPO = "prompts";
const PROMPT = "prompts/support.prompt.yml";
const GOOD = "a".repeat(40);
const BAD = "b".repeat(40);
const R = `/repos/${OWNER}/${REPO}`;
const good = { "promptgate.yml": pricingConfig, [PROMPT]: supportPrompt(systemWithLink) };
const bad = { ...good, [PROMPT]: supportPrompt("You are Acme's support assistant.") };

let github: FakeGitHubServer;
beforeEach(async () => {
  github = await startFakeGitHubServer();
  // The prompt's last good version, then the change that broke it, now the head of main.
  github.addCommit({ files: good, sha: GOOD, message: "good" });
  github.addCommit({ files: bad, parent: GOOD, sha: BAD, message: "bad" });
  github.setBranch("main", BAD);
});
afterEach(async () => {
  await github.close();
});

function run(values: Record<string, string>): ActionRun {
  return {
    inputs: parseActionInputs((name) => values[name] ?? ""),
    context: {
      eventName: "workflow_dispatch",
      payload: { repository: { full_name: `${OWNER}/${REPO}`, default_branch: "main" } },
      owner: OWNER,
      repo: REPO,
      apiUrl: github.url,
      runUrl: "https://github.com/octo-org/prompts/actions/runs/99",
      tempDir: "/tmp",
    },
    logger: silentLogger,
    redact: createRedactor(),
    deadline: createDeadline(),
  };
}

const BRANCH = "promptgate/rollback-support-aaaaaaa";

describe("runRollbackMode", () => {
  it("commits the earlier version on a new branch, opens the pull request and reviews it", async () => {
    const outcome = await runRollbackMode(
      run({ "github-token": "ghs_x", mode: "rollback", prompt: PROMPT, "dry-run": "true" }),
    );

    const pull = [...github.state.pulls.values()][0]!;
    const rolled = github.state.git.branches.get(BRANCH)!;
    const [checkRun] = github.state.checkRuns;
    expect(outcome).toMatchObject({
      pullNumber: pull.number,
      checkRunId: checkRun!.id,
      notice: `opened rollback pull request https://github.com/octo-org/prompts/pull/${pull.number}`,
    });
    expect(outcome.report?.head).toEqual({ ref: BRANCH, sha: rolled });
    const writes = github.writes();
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${R}/git/refs`,
      `POST ${R}/git/blobs`,
      `POST ${R}/git/trees`,
      `POST ${R}/git/commits`,
      `PATCH ${R}/git/refs/heads/${BRANCH}`,
      `POST ${R}/pulls`,
      `POST ${R}/check-runs`,
      `PATCH ${R}/check-runs/${checkRun!.id}`,
      `POST ${R}/issues/${pull.number}/comments`,
    ]);
    // The branch starts at main's head and gets one commit on top that restores only the prompt.
    expect(writes[0]!.body).toEqual({ ref: `refs/heads/${BRANCH}`, sha: BAD });
    expect(github.state.git.commits.get(rolled)!.parents).toEqual([BAD]);
    expect(Object.fromEntries(github.state.git.filesAt(rolled))).toEqual(
      Object.fromEntries(github.state.git.filesAt(GOOD)),
    );
    expect(writes[4]!.body).toEqual({ sha: rolled, force: false });
    expect(writes[5]!.body).toMatchObject({
      base: "main",
      head: BRANCH,
      title: `Roll back ${PROMPT} to aaaaaaa`,
    });
    expect(pull.body).toMatch(new RegExp(`^<!-- promptgate:rollback path="${PROMPT}" to=${GOOD} -->\\n`));
    expect(pull.body).toContain(`It branches from ${BAD}, the current head of the default branch`);
    // The review runs on the rollback pull request's head: a dry run, so no model call and a completed check.
    expect(checkRun).toMatchObject({ head_sha: rolled, status: "completed", conclusion: "success" });
    expect(checkRun!.output.title).toBe("Dry run: 1 prompt changed, no model calls made");
    const [comment] = github.state.comments;
    expect(comment!.body).toContain(`<!-- promptgate:head ${rolled} -->`);
    expect(comment!.body).toContain("📝 **promptgate: dry run** — 1 prompt changed");
  });

  it("restores the commit named by `to`, resolved to its full SHA, without looking at the history", async () => {
    await runRollbackMode(
      run({ "github-token": "ghs_x", mode: "rollback", prompt: PROMPT, to: "aaaaaaa", "dry-run": "true" }),
    );
    const reads = github.requests.filter((r) => r.method === "GET").map((r) => r.path);
    expect(reads).toContain(`${R}/commits/aaaaaaa`);
    expect(reads).not.toContain(`${R}/commits`);
    const commit = github.writes().find((w) => w.path.endsWith("/git/commits"))!.body as { message: string };
    expect(commit.message).toBe(`Roll back ${PROMPT} to aaaaaaa\n\nRestores ${PROMPT} as of commit ${GOOD}.`);
  });
});
