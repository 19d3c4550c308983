// The built Action with `tracing.langfuse` and `tracing.langsmith` in the base config and the keys as env
// (workflow secrets): the sticky comment and the step summary link both vendors' comparison views, the keys
// are masked, and a vendor refusing the key leaves the verdict and exit code as they were.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeLangfuse, startFakeLangfuse } from "../support/fake-vendors/fake-langfuse.js";
import { type FakeLangSmith, startFakeLangSmith } from "../support/fake-vendors/fake-langsmith.js";
import { pricingConfig, supportPrompt } from "../support/review-harness.js";
import {
  commentsOn,
  createRepository,
  openPullRequest,
  PROMPT,
  type Repository,
  runOnPullRequest,
  withoutLink,
} from "./support/e2e-repository.js";
import { copyFreshDist } from "./support/run-dist.js";

const KEYS = {
  LANGFUSE_PUBLIC_KEY: "pk-lf-action-0123",
  LANGFUSE_SECRET_KEY: "sk-lf-action-secret-4567",
  LANGSMITH_API_KEY: "lsv2_pt_action_secret_89ab",
};
const servers: Array<{ close(): Promise<void> }> = [];
let script: string;
let langfuse: FakeLangfuse;
let langsmith: FakeLangSmith;
let repo: Repository;

beforeAll(async () => {
  script = copyFreshDist();
  [langfuse, langsmith] = await Promise.all([startFakeLangfuse(), startFakeLangSmith()]);
  servers.push(langfuse, langsmith);
  const config = `${pricingConfig}tracing:\n  langfuse:\n    baseUrl: ${langfuse.url}\n  langsmith:\n    endpoint: ${langsmith.url}\n`;
  repo = await createRepository(servers, config);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

function review(number: number) {
  const head = openPullRequest(repo, number, { [PROMPT]: supportPrompt(withoutLink) });
  const event = { number, baseSha: repo.base, headSha: head, headRef: `change-${number}` };
  return runOnPullRequest(script, repo, event, { env: KEYS });
}

describe("the Action with tracing.langfuse and tracing.langsmith", () => {
  it("links both comparison views in the sticky comment and the step summary", async () => {
    const run = await review(11);
    expect(run.code, run.stdout).toBe(1);
    const body = commentsOn(repo.github, 11).at(-1)!.body;
    const langfuseLink = new RegExp(
      `\\[Langfuse\\]\\(${langfuse.url}/project/[^/]+/datasets/[^/]+/compare\\?runs=[^)]+\\)`,
    );
    const langsmithLink =
      /\[LangSmith\]\(http:\/\/localhost:3000\/o\/[^/]+\/datasets\/[^/]+\/compare\?selectedSessions=[^)]+\)/;
    expect(body).toMatch(/\*\*Compare base and head:\*\* \[Langfuse\]/);
    expect(body).toMatch(langfuseLink);
    expect(body).toMatch(langsmithLink);
    expect(run.summary).toMatch(langfuseLink);
    expect([...langfuse.runs.keys()].map((k) => k.split("\u0000")[1]!.split(" ")[0])).toEqual([
      "base",
      "head",
    ]);
    expect(langsmith.sessions).toHaveLength(2);
    const logged = `${run.stdout.replace(/^::add-mask::.*$/gm, "")}${run.stderr}${body}`;
    for (const key of Object.values(KEYS)) expect(logged).not.toContain(key);
  });

  // 403, not 500: the LangSmith SDK retries a 5xx four times with backoff (the CLI test covers a 500 from Langfuse).
  it("keeps the verdict and exit code when LangSmith refuses the key, with a warning naming it", async () => {
    langsmith.failWith(403);
    const run = await review(12).finally(() => langsmith.failWith(undefined));
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.stdout).toMatch(
      /::warning::experiments: LangSmith did not record prompts\/support\.prompt\.yml \(HTTP 403/,
    );
    const body = commentsOn(repo.github, 12).at(-1)!.body;
    expect(body).toMatch(/\*\*Compare base and head:\*\* \[Langfuse\]\(/);
    expect(body).not.toContain("[LangSmith]");
  });
});
