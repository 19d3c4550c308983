// Which unfinished `promptgate` run startCheckRun reuses (only this app's, marked by promptgate), and the
// queued run of a review that waits.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { startCheckRun, upsertPendingCheckRun } from "../../../src/adapters/github/check-run.js";
import {
  checkRun,
  createTestClient,
  githubScope,
  OWNER,
  REPO,
  REPO_PATH,
  type SeenRequest,
  sha,
} from "./github-api.js";

const headSha = sha("a");
const runsForHead = `${REPO_PATH}/commits/${headSha}/check-runs`;
const target = { owner: OWNER, repo: REPO, headSha };
/** A run promptgate created with GITHUB_TOKEN: our external id, the github-actions app. */
const ours = (id: number, status: string) => ({
  ...checkRun(id, headSha, status),
  external_id: "promptgate",
});

afterEach(() => {
  nock.cleanAll();
});

describe("startCheckRun and upsertPendingCheckRun", () => {
  it("never reuses a promptgate run another app (or not promptgate) created: it could not update it", async () => {
    const seen: SeenRequest[] = [];
    const otherApp = { ...ours(42, "in_progress"), app: { id: 7, slug: "other-ci", name: "Other CI" } };
    const unmarked = checkRun(43, headSha, "queued");
    const scope = githubScope(seen)
      .get(runsForHead)
      .query(true)
      .reply(200, { total_count: 2, check_runs: [otherApp, unmarked] })
      .post(`${REPO_PATH}/check-runs`)
      .reply(201, checkRun(44, headSha, "in_progress"));

    expect(await startCheckRun(createTestClient(), { ...target, appSlug: "github-actions" })).toEqual({
      id: 44,
    });
    expect(seen.map((r) => r.method)).toEqual(["GET", "POST"]);
    scope.done();
  });

  it("creates a queued run with its output for a review that waits, and reuses it later", async () => {
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .get(runsForHead)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .post(`${REPO_PATH}/check-runs`)
      .reply(201, ours(45, "queued"))
      .get(runsForHead)
      .query(true)
      .reply(200, { total_count: 1, check_runs: [ours(45, "queued")] })
      .patch(`${REPO_PATH}/check-runs/45`)
      .reply(200, ours(45, "in_progress"));
    const pending = { ...target, appSlug: "github-actions", title: "Waiting for a label", summary: "why" };
    expect(await upsertPendingCheckRun(createTestClient(), pending)).toEqual({ id: 45 });
    expect(await startCheckRun(createTestClient(), { ...target, appSlug: "github-actions" })).toEqual({
      id: 45,
    });
    expect(seen.filter((r) => r.method !== "GET").map((r) => r.body)).toEqual([
      {
        name: "promptgate",
        head_sha: headSha,
        status: "queued",
        external_id: "promptgate",
        output: { title: "Waiting for a label", summary: "why" },
      },
      {
        status: "in_progress",
        output: {
          title: "Reviewing prompt changes",
          summary: "promptgate is running the eval sets of the changed prompts.",
        },
      },
    ]);
    scope.done();
  });
});
