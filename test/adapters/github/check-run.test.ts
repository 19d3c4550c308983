// The promptgate check run against a nock'd GitHub: one run per head SHA, annotations in batches of 50, trimmed output.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import {
  type CheckAnnotation,
  completeCheckRun,
  startCheckRun,
  trimToLimit,
} from "../../../src/adapters/github/check-run.js";
import { MissingPermissionError } from "../../../src/adapters/github/errors.js";
import { MAX_CHECK_SUMMARY_CHARS } from "../../../src/render/limits.js";
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

describe("startCheckRun", () => {
  it("creates an in-progress run on the head SHA when none is open", async () => {
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .get(runsForHead)
      .query({ check_name: "promptgate", filter: "latest" })
      .reply(200, { total_count: 1, check_runs: [checkRun(40, headSha, "completed", "success")] })
      .post(`${REPO_PATH}/check-runs`)
      .reply(201, checkRun(41, headSha, "in_progress"));

    const run = await startCheckRun(createTestClient(), {
      owner: OWNER,
      repo: REPO,
      headSha,
      detailsUrl: "https://github.com/octo-org/prompts/actions/runs/99",
      externalId: "pr-7",
    });

    expect(run).toEqual({ id: 41 });
    expect(seen.filter((r) => r.method !== "GET")).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "details_url": "https://github.com/octo-org/prompts/actions/runs/99",
            "external_id": "pr-7",
            "head_sha": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "name": "promptgate",
            "output": {
              "summary": "promptgate is running the eval sets of the changed prompts.",
              "title": "Reviewing prompt changes",
            },
            "status": "in_progress",
          },
          "method": "POST",
          "path": "/repos/octo-org/prompts/check-runs",
        },
      ]
    `);
    scope.done();
  });

  it("reuses an unfinished run on the same SHA so re-runs don't stack", async () => {
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .get(runsForHead)
      .query(true)
      .reply(200, { total_count: 1, check_runs: [ours(42, "in_progress")] });

    expect(await startCheckRun(createTestClient(), { ...target, appSlug: "github-actions" })).toEqual({
      id: 42,
    });
    expect(seen.map((r) => r.method)).toEqual(["GET"]);
    scope.done();
  });

  it("moves a queued run to in progress instead of creating another", async () => {
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .get(runsForHead)
      .query(true)
      .reply(200, { total_count: 1, check_runs: [ours(43, "queued")] })
      .patch(`${REPO_PATH}/check-runs/43`)
      .reply(200, ours(43, "in_progress"));

    expect(await startCheckRun(createTestClient(), target)).toEqual({ id: 43 });
    expect(seen.at(-1)).toMatchObject({
      method: "PATCH",
      path: `${REPO_PATH}/check-runs/43`,
      body: { status: "in_progress", output: { title: "Reviewing prompt changes" } },
    });
    scope.done();
  });

  it("maps 403 Resource not accessible by integration to MissingPermissionError", async () => {
    githubScope()
      .get(runsForHead)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .post(`${REPO_PATH}/check-runs`)
      .reply(403, {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/checks/runs#create-a-check-run",
        status: "403",
      });

    const error = await startCheckRun(createTestClient(), { owner: OWNER, repo: REPO, headSha }).catch(
      (e) => e,
    );

    expect(error).toBeInstanceOf(MissingPermissionError);
    expect(error.permission).toBe("checks: write");
    expect(error.message).toContain("permissions:\n    contents: read\n    checks: write");
  });

  it("leaves a rate-limit 403 as it is", async () => {
    githubScope()
      .get(runsForHead)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .post(`${REPO_PATH}/check-runs`)
      .reply(403, { message: "You have exceeded a secondary rate limit." });

    const error = await startCheckRun(createTestClient(), { owner: OWNER, repo: REPO, headSha }).catch(
      (e) => e,
    );

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
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .patch(`${REPO_PATH}/check-runs/41`)
      .times(3)
      .reply(200, checkRun(41, headSha, "completed", "failure"));

    await completeCheckRun(createTestClient(), {
      owner: OWNER,
      repo: REPO,
      checkRunId: 41,
      conclusion: "failure",
      title: "1 prompt regressed",
      summary: "## promptgate\nsupport.prompt.yml regressed",
      text: "details",
      annotations: annotations(120),
    });

    scope.done();
    const bodies = seen.map((r) => r.body as { output: { annotations: CheckAnnotation[] } });
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
    const seen: SeenRequest[] = [];
    githubScope(seen)
      .patch(`${REPO_PATH}/check-runs/41`)
      .reply(200, checkRun(41, headSha, "completed", "success"));

    await completeCheckRun(createTestClient(), {
      owner: OWNER,
      repo: REPO,
      checkRunId: 41,
      conclusion: "success",
      title: "No regressions",
      summary: "x".repeat(70_000),
    });

    const output = (seen[0]!.body as { output: { summary: string; annotations: unknown[] } }).output;
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
