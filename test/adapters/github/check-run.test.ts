// The promptgate check run against the fake GitHub: one run per head SHA, annotations in batches of 50, trimmed output.
import { describe, expect, it } from "vitest";
import {
  type CheckAnnotation,
  completeCheckRun,
  startCheckRun,
  trimToLimit,
} from "../../../src/adapters/github/check-run.js";
import { MissingPermissionError } from "../../../src/adapters/github/errors.js";
import { MAX_CHECK_SUMMARY_CHARS } from "../../../src/render/limits.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";

const OWNER = "octo-org";
const REPO = "prompts";
const R = `/repos/${OWNER}/${REPO}`;
const headSha = "a".repeat(40);
const target = { owner: OWNER, repo: REPO, headSha };
const fake = useFakeGitHub();
const writes = () => fake.github.writes().map(({ method, path, body }) => ({ method, path, body }));

describe("startCheckRun", () => {
  it("creates an in-progress run on the head SHA when none is open", async () => {
    fake.github.state.addCheckRun({ head_sha: headSha, status: "completed", conclusion: "success" });

    const run = await startCheckRun(fake.client, {
      owner: OWNER,
      repo: REPO,
      headSha,
      detailsUrl: "https://github.com/octo-org/prompts/actions/runs/99",
      externalId: "pr-7",
    });

    expect(run).toEqual({ id: fake.github.state.checkRuns[1]!.id });
    expect(fake.github.requests[0]).toMatchObject({
      method: "GET",
      path: `${R}/commits/${headSha}/check-runs`,
      query: { check_name: "promptgate", filter: "latest" },
    });
    expect(writes()).toEqual([
      {
        method: "POST",
        path: `${R}/check-runs`,
        body: {
          name: "promptgate",
          head_sha: headSha,
          status: "in_progress",
          details_url: "https://github.com/octo-org/prompts/actions/runs/99",
          external_id: "pr-7",
          output: {
            title: "Reviewing prompt changes",
            summary: "promptgate is running the eval sets of the changed prompts.",
          },
        },
      },
    ]);
  });

  it("reuses an unfinished run on the same SHA so re-runs don't stack", async () => {
    const ours = fake.github.state.addCheckRun({
      head_sha: headSha,
      status: "in_progress",
      external_id: "promptgate",
    });

    expect(await startCheckRun(fake.client, { ...target, appSlug: "github-actions" })).toEqual({
      id: ours.id,
    });
    expect(fake.github.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("moves a queued run to in progress instead of creating another", async () => {
    const queued = fake.github.state.addCheckRun({ head_sha: headSha, external_id: "promptgate" });

    expect(await startCheckRun(fake.client, target)).toEqual({ id: queued.id });
    expect(writes()).toEqual([
      {
        method: "PATCH",
        path: `${R}/check-runs/${queued.id}`,
        body: expect.objectContaining({
          status: "in_progress",
          output: expect.objectContaining({ title: "Reviewing prompt changes" }),
        }),
      },
    ]);
  });

  it("maps 403 Resource not accessible by integration to MissingPermissionError", async () => {
    fake.github.failNext({
      method: "POST",
      path: /\/check-runs$/,
      status: 403,
      message: "Resource not accessible by integration",
    });

    const error = await startCheckRun(fake.client, target).catch((e) => e);

    expect(error).toBeInstanceOf(MissingPermissionError);
    expect(error.permission).toBe("checks: write");
    expect(error.message).toContain("permissions:\n    contents: read\n    checks: write");
  });

  it("leaves a rate-limit 403 as it is", async () => {
    fake.github.failNext({
      method: "POST",
      path: /\/check-runs$/,
      status: 403,
      message: "You have exceeded a secondary rate limit.",
    });

    const error = await startCheckRun(fake.client, target).catch((e) => e);

    expect(error).not.toBeInstanceOf(MissingPermissionError);
    expect(error.status).toBe(403);
  });
});

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: "prompts/support.prompt.yml",
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: "failure",
    title: `case-${i + 1} regressed`,
    message: "passed 3/3 at base, 0/3 at head",
  }));
}

describe("completeCheckRun", () => {
  it("sends 120 annotations in three requests of at most 50, the first one completing the run", async () => {
    const run = fake.github.state.addCheckRun({ head_sha: headSha, status: "in_progress" });

    await completeCheckRun(fake.client, {
      owner: OWNER,
      repo: REPO,
      checkRunId: run.id,
      conclusion: "failure",
      title: "1 prompt regressed",
      summary: "## promptgate\nsupport.prompt.yml regressed",
      text: "details",
      annotations: annotations(120),
    });

    expect(fake.github.writes().map((w) => `${w.method} ${w.path}`)).toEqual(
      Array(3).fill(`PATCH ${R}/check-runs/${run.id}`),
    );
    expect(run.annotations).toHaveLength(120);
    const bodies = fake.github.writes().map((r) => r.body as { output: { annotations: CheckAnnotation[] } });
    expect(bodies.map((b) => b.output.annotations.length)).toEqual([50, 50, 20]);
    expect(bodies.flatMap((b) => b.output.annotations.map((a) => a.start_line))).toEqual(
      Array.from({ length: 120 }, (_, i) => i + 1),
    );
    const summarised = bodies.map(({ output: { annotations: list, ...output }, ...rest }) => ({
      ...rest,
      output: { ...output, annotations: `${list.length} annotations from line ${list[0]?.start_line}` },
    }));
    expect(summarised).toMatchInlineSnapshot(`
      [
        {
          "conclusion": "failure",
          "output": {
            "annotations": "50 annotations from line 1",
            "summary": "## promptgate
      support.prompt.yml regressed",
            "text": "details",
            "title": "1 prompt regressed",
          },
          "status": "completed",
        },
        {
          "output": {
            "annotations": "50 annotations from line 51",
            "summary": "## promptgate
      support.prompt.yml regressed",
            "title": "1 prompt regressed",
          },
        },
        {
          "output": {
            "annotations": "20 annotations from line 101",
            "summary": "## promptgate
      support.prompt.yml regressed",
            "title": "1 prompt regressed",
          },
        },
      ]
    `);
  });

  it("trims a summary over GitHub's 65,535 characters and says so", async () => {
    const run = fake.github.state.addCheckRun({ head_sha: headSha, status: "in_progress" });

    await completeCheckRun(fake.client, {
      owner: OWNER,
      repo: REPO,
      checkRunId: run.id,
      conclusion: "success",
      title: "No regressions",
      summary: "x".repeat(70_000),
    });

    const output = (fake.github.writes()[0]!.body as { output: { summary: string; annotations: unknown[] } })
      .output;
    expect(output.summary).toHaveLength(MAX_CHECK_SUMMARY_CHARS);
    expect(output.summary.endsWith("… trimmed to GitHub's 65,535-character limit")).toBe(true);
    expect(output.annotations).toEqual([]);
  });
});

describe("trimToLimit", () => {
  it("keeps short text and never splits a surrogate pair", () => {
    expect(trimToLimit("short", 100)).toBe("short");
    const note = "\n\n… trimmed to GitHub's 60-character limit";
    const text = `${"a".repeat(60 - note.length - 1)}😀${"tail".repeat(20)}`;
    const trimmed = trimToLimit(text, 60);
    expect(trimmed.length).toBeLessThanOrEqual(60);
    expect(trimmed).toBe(`${"a".repeat(60 - note.length - 1)}${note}`);
  });
});
