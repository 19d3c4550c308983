// The fake GitHub's test hooks: answers sent as given, failures after N requests, effects that follow a request,
// seeded check runs of other apps, forks by name or deleted, and a commit's pull requests.
import { describe, expect, it } from "vitest";
import { seedPullRequest } from "./seed.js";
import { useFakeGitHub } from "./use-fake-github.js";

const fake = useFakeGitHub();
const pull = () =>
  fake.client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: "octo-org",
    repo: "prompts",
    pull_number: 7,
  });

describe("the fake GitHub's hooks", () => {
  it("answers the next matching request as given, then serves its state again", async () => {
    const { headSha } = seedPullRequest(fake.github, { base: { a: "1\n" }, head: { a: "2\n" } });
    fake.github.answerNext("GET", /\/pulls\/7$/, { number: 7, state: "weird" });
    expect((await pull()).data).toEqual({ number: 7, state: "weird" });
    expect((await pull()).data.head.sha).toBe(headSha);
  });

  it("fails a request only after the given number of matching ones succeeded", async () => {
    seedPullRequest(fake.github, { base: { a: "1\n" }, head: { a: "2\n" } });
    fake.github.failNext({
      method: "GET",
      path: /\/pulls\/7$/,
      status: 502,
      message: "Bad gateway",
      after: 1,
    });
    await expect(pull()).resolves.toMatchObject({ status: 200 });
    await expect(pull()).rejects.toMatchObject({ status: 502 });
    await expect(pull()).resolves.toMatchObject({ status: 200 });
  });

  it("runs an effect after each matching request, after answering it", async () => {
    const { headSha } = seedPullRequest(fake.github, { base: { a: "1\n" }, head: { a: "2\n" } });
    const next = fake.github.addCommit({ files: { a: "3\n" }, parent: headSha });
    fake.github.onRequest("GET", /\/pulls\/7$/, () => fake.github.pushHead(7, next));
    expect((await pull()).data.head.sha).toBe(headSha);
    expect((await pull()).data.head.sha).toBe(next);
  });

  it("names a fork's repository, or sends no head repository for a deleted fork", async () => {
    const { pr } = seedPullRequest(fake.github, {
      base: { a: "1\n" },
      head: { a: "2\n" },
      fork: true,
      headRepoFullName: "contributor/prompts",
    });
    expect((await pull()).data.head).toMatchObject({
      repo: { full_name: "contributor/prompts", fork: true },
    });
    pr.headRepoFullName = null;
    expect((await pull()).data.head.repo).toBeNull();
  });

  it("lists the pull requests whose head is a commit", async () => {
    const { headSha } = seedPullRequest(fake.github, { base: { a: "1\n" }, head: { a: "2\n" } });
    const answer = await fake.client.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
      owner: "octo-org",
      repo: "prompts",
      commit_sha: headSha,
    });
    expect(answer.data.map((p) => p.number)).toEqual([7]);
  });

  it("seeds check runs, by default ours, or another app's", async () => {
    const headSha = "a".repeat(40);
    fake.github.state.addCheckRun({ head_sha: headSha, name: "build", appSlug: "other-ci" });
    fake.github.state.addCheckRun({ head_sha: headSha });
    const answer = await fake.client.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
      owner: "octo-org",
      repo: "prompts",
      ref: headSha,
    });
    expect(answer.data.check_runs.map((r) => [r.name, r.status, r.app?.slug])).toEqual([
      ["build", "queued", "other-ci"],
      ["promptgate", "queued", "github-actions"],
    ]);
  });
});
