// Re-runs through Probot: "Re-run" on the promptgate check and "Re-run all checks" on its suite.
import nock from "nock";
import { describe, expect, it } from "vitest";
import { acceptLabelConfig, useAppFakes } from "./app-fakes.js";
import { INSTALLATION_ID, loadEvent, seedRepository, shasOf, startTestApp } from "./app-harness.js";

const env = useAppFakes();
const config = acceptLabelConfig;

describe("check_run.rerequested", () => {
  it("reviews the check's pull request again", async () => {
    const event = loadEvent("check_run.rerequested");
    seedRepository(env.github, { ...shasOf(loadEvent("pull_request.labeled")), config });
    await env.app.receive("check_run", event);
    expect(env.promptgateRuns()).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "failure" }),
    ]);
    expect(env.commentsOn(7)).toHaveLength(1);
  });

  it("finds a fork PR by its head SHA when the check run lists none (env.github.com, nock)", async () => {
    const event = loadEvent("check_run.rerequested");
    const run = event.check_run as { head_sha: string };
    const local = await startTestApp();
    const scope = nock("https://api.github.com")
      .post(`/app/installations/${INSTALLATION_ID}/access_tokens`)
      .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z" })
      .get(`/repos/octo-org/prompts/commits/${run.head_sha}/pulls`)
      .reply(200, [{ number: 7, state: "closed" }]);
    await local.receive("check_run", { ...event, check_run: { ...run, pull_requests: [] } });
    // Its only PR is closed: nothing to review, nothing written.
    expect(scope.isDone()).toBe(true);
    nock.cleanAll();
  });

  it("ignores re-runs of other checks", async () => {
    const event = loadEvent("check_run.rerequested");
    await env.app.receive("check_run", {
      ...event,
      check_run: { ...(event.check_run as object), name: "build" },
    });
    expect(env.github.requests).toEqual([]);
  });
});

describe("check_suite.rerequested", () => {
  it('reviews the suite\'s pull request again ("Re-run all checks")', async () => {
    const event = loadEvent("check_suite.rerequested");
    seedRepository(env.github, { ...shasOf(loadEvent("pull_request.labeled")), config });
    await env.app.receive("check_suite", event);
    expect(env.promptgateRuns()).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "failure" }),
    ]);
    expect(env.commentsOn(7)).toHaveLength(1);
  });
});
