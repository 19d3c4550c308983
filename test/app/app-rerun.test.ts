// Re-runs through Probot: "Re-run" on the promptgate check and "Re-run all checks" on its suite.
import { describe, expect, it } from "vitest";
import { acceptLabelConfig, useAppFakes } from "./app-fakes.js";
import { INSTALLATION_ID, loadEvent, seedRepository, shasOf } from "./app-harness.js";

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

  it("finds a fork PR by its head SHA when the check run lists none", async () => {
    const event = loadEvent("check_run.rerequested");
    const run = event.check_run as { head_sha: string };
    const { base } = seedRepository(env.github, { ...shasOf(loadEvent("pull_request.labeled")), config });
    env.github.addCommit({ files: {}, parent: base, sha: run.head_sha });
    const pr = env.github.addPullRequest({ number: 7, baseSha: base, headSha: run.head_sha, fork: true });
    pr.state = "closed";
    await env.app.receive("check_run", { ...event, check_run: { ...run, pull_requests: [] } });
    expect(env.github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /app/installations/${INSTALLATION_ID}/access_tokens`,
      `GET /repos/octo-org/prompts/commits/${run.head_sha}/pulls`,
    ]);
    // Its only PR is closed: nothing to review, nothing written.
    expect(env.promptgateRuns()).toEqual([]);
    expect(env.commentsOn(7)).toEqual([]);
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
