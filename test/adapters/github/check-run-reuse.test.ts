// Which unfinished `promptgate` run startCheckRun reuses (only this app's, marked by promptgate), and the
// queued run of a review that waits.
import { describe, expect, it } from "vitest";
import { startCheckRun, upsertPendingCheckRun } from "../../../src/adapters/github/check-run.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";

const headSha = "a".repeat(40);
const target = { owner: "octo-org", repo: "prompts", headSha };
const fake = useFakeGitHub();

describe("startCheckRun and upsertPendingCheckRun", () => {
  it.each([
    [
      "another app's promptgate run",
      { external_id: "promptgate", appSlug: "other-ci", status: "in_progress" },
    ],
    ["a run not marked by promptgate", { external_id: "", status: "queued" }],
  ])("never reuses %s: it could not update it", async (_name, existing) => {
    const { state } = fake.github;
    state.addCheckRun({ head_sha: headSha, ...existing });

    const created = await startCheckRun(fake.client, { ...target, appSlug: "github-actions" });

    expect(state.checkRuns).toHaveLength(2);
    expect(created).toEqual({ id: state.checkRuns[1]!.id });
    expect(fake.github.requests.map((r) => r.method)).toEqual(["GET", "POST"]);
  });

  it("creates a queued run with its output for a review that waits, and reuses it later", async () => {
    const pending = { ...target, appSlug: "github-actions", title: "Waiting for a label", summary: "why" };
    const queued = await upsertPendingCheckRun(fake.client, pending);
    expect(queued).toEqual({ id: fake.github.state.checkRuns[0]!.id });
    expect(await startCheckRun(fake.client, { ...target, appSlug: "github-actions" })).toEqual(queued);
    expect(fake.github.state.checkRuns).toHaveLength(1);
    expect(fake.github.writes().map((r) => r.body)).toEqual([
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
  });
});
