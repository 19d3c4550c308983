// The drift issue against the local fake GitHub: one issue per prompt opened on a drift, updated (never
// duplicated) while it lasts, closed with a comment on recovery, and GitHub left alone otherwise.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findDriftIssue, publishDriftIssue } from "../../../src/adapters/github/drift-issues.js";
import { MissingPermissionError } from "../../../src/adapters/github/errors.js";
import { createOctokit } from "../../../src/adapters/github/octokit.js";
import { defaultConfig } from "../../../src/core/config/config-schema.js";
import { type DriftOutcome, decideDrift, type TodayRun } from "../../../src/core/gate/drift.js";
import { DRIFT_LABEL, driftMarker, renderDriftIssue } from "../../../src/render/drift-issue.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../../support/fake-github/server.js";

const target = { owner: "octo-org", repo: "prompts" };
const gate = defaultConfig.gate;

function run(path: string, day: number, pass: (i: number) => boolean): TodayRun {
  const cases = Array.from({ length: 30 }, (_, i) => ({
    id: `c${i}`,
    passes: [pass(i)],
    outputs: [`out ${i}`],
  }));
  return {
    path,
    contentHash: "h1",
    model: "m",
    snapshots: [],
    at: `2026-11-${String(day).padStart(2, "0")}T00:00:00Z`,
    cases,
    passRate: cases.filter((c) => c.passes[0]).length / 30,
    costPerCallUsd: 0.001,
    latencyP50Ms: 100,
    incomplete: false,
  };
}

/** Real decisions: a stable baseline, then two declined days, then a recovered one. */
function sequence(path: string): DriftOutcome[] {
  const outcomes: DriftOutcome[] = [];
  const days = [() => true, () => true, (i: number) => i % 3 === 0, (i: number) => i % 4 === 0, () => true];
  let record: DriftOutcome["record"] | undefined;
  days.forEach((pass, day) => {
    const outcome = decideDrift(record, run(path, day + 1, pass), gate);
    outcomes.push(outcome);
    record = outcome.record;
  });
  return outcomes;
}

let github: FakeGitHubServer;
beforeEach(async () => {
  github = await startFakeGitHubServer();
});
afterEach(async () => {
  await github.close();
});

const client = () => createOctokit({ token: "ghs_test", baseUrl: github.url, throttle: false, retry: false });

describe("drift issues", () => {
  it("opens one issue on a drift, updates it while the decline lasts, closes it with a comment on recovery", async () => {
    const outcomes = sequence("prompts/a.prompt.yml");
    expect(outcomes.map((o) => o.status)).toEqual(["recorded", "stable", "drift", "drift", "recovered"]);

    const actions = [];
    for (const outcome of outcomes) actions.push(await publishDriftIssue(client(), target, outcome));
    expect(actions.map((a) => a.kind)).toEqual(["none", "none", "opened", "updated", "closed"]);

    const issues = [...github.state.issues.values()];
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.labels).toEqual([DRIFT_LABEL]);
    expect(issue.title).toContain("prompts/a.prompt.yml");
    expect(issue.body.startsWith(driftMarker("prompts/a.prompt.yml"))).toBe(true);
    expect(issue.body).toContain("xychart-beta");
    expect(issue.state).toBe("closed");
    const comments = github.state.comments.filter((c) => c.issueNumber === issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("back within the margin");
    // The first two runs wrote nothing.
    expect(github.writes().filter((r) => r.path.includes("/issues"))).toHaveLength(4);
  });

  it("reopens the prompt's closed issue when it declines again, instead of opening a second one", async () => {
    const outcomes = sequence("prompts/a.prompt.yml");
    for (const outcome of outcomes) await publishDriftIssue(client(), target, outcome);
    const [closed] = [...github.state.issues.values()];
    expect(closed!.state).toBe("closed");

    const again = decideDrift(
      outcomes.at(-1)!.record,
      run("prompts/a.prompt.yml", 6, (i) => i % 3 === 0),
      gate,
    );
    expect(again.status).toBe("drift");
    const action = await publishDriftIssue(client(), target, again);

    expect(action).toMatchObject({ kind: "reopened", number: closed!.number });
    const issues = [...github.state.issues.values()];
    expect(issues).toHaveLength(1);
    expect(issues[0]!.state).toBe("open");
    expect(issues[0]!.body).toBe(renderDriftIssue(again));
  });

  it("keeps one issue per prompt, and ignores a pull request or an unlabelled issue quoting the marker", async () => {
    const a = sequence("prompts/a.prompt.yml")[2]!;
    const b = sequence("prompts/b.prompt.yml")[2]!;
    github.state.issues.set(1, {
      ...{ number: 1, title: "copy", body: `${driftMarker("prompts/a.prompt.yml")}\nquoted` },
      ...{ labels: [], state: "open", stateReason: null, user: "octocat" },
    });
    expect(await findDriftIssue(client(), target, "prompts/a.prompt.yml")).toBeUndefined();

    const opened = [
      await publishDriftIssue(client(), target, a),
      await publishDriftIssue(client(), target, b),
    ];
    expect(opened.map((o) => o.kind)).toEqual(["opened", "opened"]);
    expect((await publishDriftIssue(client(), target, a)).kind).toBe("updated");
    expect([...github.state.issues.values()].filter((i) => i.labels.includes(DRIFT_LABEL))).toHaveLength(2);
    const found = await findDriftIssue(client(), target, "prompts/b.prompt.yml");
    expect(found?.number).toBe(opened[1]!.kind === "opened" ? opened[1]!.number : -1);
  });

  it("says which permission to grant when the token cannot open issues", async () => {
    github.failNext({
      method: "POST",
      path: /\/issues$/,
      status: 403,
      message: "Resource not accessible by integration",
    });
    const error = await publishDriftIssue(client(), target, sequence("prompts/a.prompt.yml")[2]!).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(MissingPermissionError);
    expect((error as MissingPermissionError).permission).toBe("issues: write");
  });
});
