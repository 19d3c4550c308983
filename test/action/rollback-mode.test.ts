// Rollback mode against a nock'd GitHub: the Git data writes, the pull request, and the review posted on it.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import type { ActionRun } from "../../src/action/action-deps.js";
import { parseActionInputs } from "../../src/action/inputs.js";
import { runRollbackMode } from "../../src/action/rollback-mode.js";
import { createRedactor } from "../../src/core/redact.js";
import { silentLogger } from "../../src/ports.js";
import { createDeadline } from "../../src/pr/review-stop.js";
import { API, mockGitHub, OWNER, REPO, recordWrites, type Write } from "../pr/support/github-nock.js";
import { pricingConfig, supportPrompt, systemWithLink } from "../support/review-harness.js";

const PROMPT = "prompts/support.prompt.yml";
const GOOD = "a".repeat(40);
const BAD = "b".repeat(40);
const ROLLED = "c".repeat(40);
const R = `/repos/${OWNER}/${REPO}`;
const good = { "promptgate.yml": pricingConfig, [PROMPT]: supportPrompt(systemWithLink) };
const bad = { ...good, [PROMPT]: supportPrompt("You are Acme's support assistant.") };

afterEach(() => {
  nock.cleanAll();
});

function run(values: Record<string, string>): ActionRun {
  return {
    inputs: parseActionInputs((name) => values[name] ?? ""),
    context: {
      eventName: "workflow_dispatch",
      payload: { repository: { full_name: `${OWNER}/${REPO}`, default_branch: "main" } },
      owner: OWNER,
      repo: REPO,
      apiUrl: API,
      runUrl: "https://github.com/octo-org/prompts/actions/runs/99",
      tempDir: "/tmp",
    },
    logger: silentLogger,
    redact: createRedactor(),
    deadline: createDeadline(),
  };
}

/** The Git data writes of a rollback, answered like GitHub does. */
function mockRollbackApi(writes: Write[], options: { history: boolean }) {
  const scope = recordWrites(nock(API), writes);
  if (options.history) {
    scope
      .get(`${R}/commits`)
      .query({ path: PROMPT, sha: "main", per_page: "2" })
      .reply(200, [{ sha: BAD }, { sha: GOOD }]);
  }
  scope
    .get(`${R}/pulls`)
    .query(true)
    .reply(200, [])
    .get(`${R}/commits/main`)
    .reply(200, { sha: BAD, commit: { tree: { sha: "t".repeat(40) } } })
    .post(`${R}/git/refs`)
    .reply(201, { ref: "refs/heads/promptgate/rollback-support-aaaaaaa" })
    .post(`${R}/git/blobs`)
    .reply(201, { sha: "1".repeat(40) })
    .post(`${R}/git/trees`)
    .reply(201, { sha: "2".repeat(40) })
    .post(`${R}/git/commits`)
    .reply(201, { sha: ROLLED })
    .patch(/\/git\/refs\//)
    .reply(200, {})
    .post(`${R}/pulls`)
    .reply(201, { number: 8, html_url: "https://github.com/octo-org/prompts/pull/8" });
  const repo = {
    commits: { [GOOD]: good, [BAD]: bad, [ROLLED]: good },
    branches: { main: BAD },
    pull: { number: 8, baseSha: BAD, headSha: ROLLED },
  };
  mockGitHub(repo, writes);
}

describe("runRollbackMode", () => {
  it("commits the earlier version on a new branch, opens the pull request and reviews it", async () => {
    const writes: Write[] = [];
    mockRollbackApi(writes, { history: true });

    const outcome = await runRollbackMode(
      run({ "github-token": "ghs_x", mode: "rollback", prompt: PROMPT, "dry-run": "true" }),
    );

    expect(outcome).toMatchObject({
      pullNumber: 8,
      checkRunId: 41,
      notice: "opened rollback pull request https://github.com/octo-org/prompts/pull/8",
    });
    expect(outcome.report?.head).toEqual({ ref: "promptgate/rollback-support-aaaaaaa", sha: ROLLED });
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${R}/git/refs`,
      `POST ${R}/git/blobs`,
      `POST ${R}/git/trees`,
      `POST ${R}/git/commits`,
      `PATCH ${R}/git/refs/heads/promptgate/rollback-support-aaaaaaa`,
      `POST ${R}/pulls`,
      `POST ${R}/check-runs`,
      `PATCH ${R}/check-runs/41`,
      `POST ${R}/issues/8/comments`,
    ]);
    expect(writes).toMatchSnapshot();
  });

  it("restores the commit named by `to`, resolved to its full SHA, without looking at the history", async () => {
    const writes: Write[] = [];
    const resolve = nock(API).get(`${R}/commits/aaaaaaa`).reply(200, { sha: GOOD });
    mockRollbackApi(writes, { history: false });
    await runRollbackMode(
      run({ "github-token": "ghs_x", mode: "rollback", prompt: PROMPT, to: "aaaaaaa", "dry-run": "true" }),
    );
    expect(resolve.isDone()).toBe(true);
    const commit = writes.find((w) => w.path.endsWith("/git/commits"))!.body as { message: string };
    expect(commit.message).toBe(`Roll back ${PROMPT} to aaaaaaa\n\nRestores ${PROMPT} as of commit ${GOOD}.`);
  });
});
