// Issue 9 row 5: a compare answer the review cannot read never passes as "no prompt changes". The built
// Action meets a fake GitHub whose compare is a text body (what Octokit hands over when a > 8 MB patch breaks
// its JSON parse), lacks `files`, or stops at GitHub's 300-file cap: the prompt change is still found (tree
// diff) and the check is not `success`; when the trees cannot be read whole either, the check fails naming why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checksOn,
  commentsOn,
  createRepository,
  openPullRequest,
  PROMPT,
  type Repository,
  runOnPullRequest,
  withoutLink,
} from "../action/support/e2e-repository.js";
import { copyFreshDist } from "../action/support/run-dist.js";
import { supportPrompt } from "../support/review-harness.js";

let script: string;
let repo: Repository;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  script = copyFreshDist();
  repo = await createRepository(servers);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const COMPARE = /\/compare\//;
const capped = Array.from({ length: 300 }, (_, i) => ({ filename: `assets/${i}.png`, status: "added" }));
const answers: Record<string, string> = {
  "a text body": `{"status":"ahead","total_commits":1,"files":[{"filename":"${PROMPT}","patch":"@@ -1 +1 @@…`,
  "no files list": JSON.stringify({ status: "ahead", total_commits: 1, commits: [] }),
  "300 files, GitHub's cap": JSON.stringify({ status: "ahead", total_commits: 1, files: capped }),
};

/** Answers every compare request (all pages) with `body`. */
function answerCompare(body: string) {
  repo.github.failNext({ method: "GET", path: COMPARE, status: 200, message: "", rawBody: body, times: 50 });
}

describe("an unreadable compare of a pull request that regresses a prompt", () => {
  let number = 50;
  for (const [name, body] of Object.entries(answers)) {
    it(`${name}: the change is reviewed from the trees and the check is not success`, async () => {
      number++;
      const head = openPullRequest(repo, number, { [PROMPT]: supportPrompt(withoutLink) });
      answerCompare(body);
      const run = await runOnPullRequest(script, repo, { number, baseSha: repo.base, headSha: head });
      const [check] = checksOn(repo.github, head);
      expect(check?.status, run.stdout).toBe("completed");
      expect(check!.conclusion).toBe("failure");
      expect(check!.output.title).not.toMatch(/no prompt change/i);
      expect(commentsOn(repo.github, number)[0]!.body).toContain(PROMPT);
    });
  }

  it("with the trees truncated too, the check fails and says what could not be read", async () => {
    number++;
    const head = openPullRequest(repo, number, { [PROMPT]: supportPrompt(withoutLink) });
    answerCompare(answers["a text body"]!);
    const truncated = JSON.stringify({ sha: head, truncated: true, tree: [] });
    repo.github.failNext({
      method: "GET",
      path: /\/git\/trees\//,
      status: 200,
      message: "",
      rawBody: truncated,
      times: 2,
    });
    const run = await runOnPullRequest(script, repo, { number, baseSha: repo.base, headSha: head });
    const [check] = checksOn(repo.github, head);
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(check!.output.summary).toMatch(/compare is unreadable.*tree is too large/s);
    expect(run.code).not.toBe(0);
  });
});
