// GitHub writes through the resilient client, against the loopback fake GitHub: rate limits and outages are
// waited out until the deadline, the check's completion last; what is sent is redacted.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { completeCheckRun, startCheckRun } from "../../../src/adapters/github/check-run.js";
import { createOctokit } from "../../../src/adapters/github/octokit.js";
import { createResilientClient, retryWait } from "../../../src/adapters/github/resilient-client.js";
import { createRedactor } from "../../../src/core/redact.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../../support/fake-github/server.js";

const repo = { owner: "octo-org", repo: "prompts" };
const SECONDARY = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
let server: FakeGitHubServer;
let head: string;
let waits: number[];
let clock: number;

beforeEach(async () => {
  server = await startFakeGitHubServer();
  head = server.addCommit({ files: { "README.md": "# hi\n" } });
  waits = [];
  clock = 1_000_000;
});
afterEach(async () => {
  await server.close();
});

/** A client whose sleeps advance a fake clock, so a 60 s wait costs nothing. */
function client(deadlines: { deadline: number; last: number }) {
  const octokit = createOctokit({ token: "ghs_test", baseUrl: server.url, throttle: false, retry: false });
  return createResilientClient(octokit, {
    redact: createRedactor(["hunter2-secret"]).content,
    deadline: () => deadlines.deadline,
    lastDeadline: () => deadlines.last,
    now: () => clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
  });
}

const completion = (checkRunId: number) => ({
  ...repo,
  checkRunId,
  conclusion: "failure" as const,
  title: "Regression",
  summary: "error from https://u:hunter2-secret@gw.example/v1",
});

describe("createResilientClient", () => {
  it("waits out two secondary rate limits on the final check update, as long as `retry-after` asks", async () => {
    const github = client({ deadline: clock + 10_000, last: clock + 100_000 });
    const { id } = await startCheckRun(github, { ...repo, headSha: head });
    const limit = { method: "PATCH", path: /check-runs\/\d+$/, status: 403, message: SECONDARY };
    server.failNext({ ...limit, times: 2, headers: { "retry-after": "1" } });
    await completeCheckRun(github, completion(id));
    expect(waits).toEqual([1000, 1000]);
    expect(server.state.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "failure" });
  });

  it("gives up on other writes at the deadline but on the check's completion only at the last deadline", async () => {
    const github = client({ deadline: clock + 5_000, last: clock + 200_000 });
    server.failNext({ method: "POST", path: /check-runs$/, status: 403, message: SECONDARY });
    await expect(startCheckRun(github, { ...repo, headSha: head })).rejects.toMatchObject({ status: 403 });
    expect(waits).toEqual([]);
    const { id } = await startCheckRun(github, { ...repo, headSha: head });
    server.failNext({ method: "PATCH", path: /check-runs\/\d+$/, status: 403, message: SECONDARY });
    await completeCheckRun(github, completion(id));
    expect(waits).toEqual([60_000]);
  });

  it("retries 5xx with backoff and never a refusal retrying cannot cure", async () => {
    const github = client({ deadline: clock + 60_000, last: clock + 60_000 });
    server.failNext({ method: "POST", path: /check-runs$/, status: 502, message: "Bad gateway", times: 2 });
    await startCheckRun(github, { ...repo, headSha: head });
    expect(waits).toEqual([1000, 2000]);
    server.failNext({ method: "POST", path: /check-runs$/, status: 422, message: "Invalid" });
    await expect(
      startCheckRun(github, { ...repo, headSha: server.addCommit({ files: { "b.txt": "b" } }) }),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(waits).toHaveLength(2);
  });

  it("redacts what a write sends", async () => {
    const github = client({ deadline: clock + 1000, last: clock + 1000 });
    const { id } = await startCheckRun(github, { ...repo, headSha: head });
    await completeCheckRun(github, completion(id));
    const sent = JSON.stringify(server.writes().map((write) => write.body));
    expect(sent).not.toContain("hunter2-secret");
    expect(sent).toContain("https://***@gw.example/v1");
  });
});

describe("retryWait", () => {
  it("reads primary limits from x-ratelimit-reset and treats 429 like a limit", () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    const primary = {
      status: 403,
      response: { headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) } },
    };
    expect(retryWait(primary, 0)).toBeGreaterThan(20_000);
    expect(retryWait({ status: 429, response: { headers: {} } }, 2)).toBe(4000);
    expect(
      retryWait({ status: 403, response: { headers: {}, data: { message: "Resource not accessible" } } }, 0),
    ).toBe(undefined);
  });
});
