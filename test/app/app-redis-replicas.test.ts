// Two App processes on one real Redis: 20 deliveries (each sent twice) for 5 PRs, pushes that supersede, one crash.
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { Queue } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHubServer } from "../support/fake-github/server.js";
import { startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { startTestRedis, type TestRedis } from "../support/redis-server.js";
import { createSupportResponder } from "../support/review-harness.js";
import {
  APP_ID,
  BOT_LOGIN,
  INSTALLATION_ID,
  PRIVATE_KEY,
  postSigned,
  WEBHOOK_SECRET,
} from "./app-harness.js";
import { marker, pullRequestEvent, seedPullRequests, sha } from "./replica-fixtures.js";

const PRS = [1, 2, 3, 4, 5];
const REVISIONS = [1, 2, 3, 4];

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

/** One replica: `test/app/replica-entry.ts` (the real server over `runApp`) in its own Node process. */
async function startReplica(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; webhookUrl: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/app/replica-entry.ts"], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`replica exited with ${code} before listening`)));
  });
  return { child, webhookUrl: (JSON.parse(first) as { webhookUrl: string }).webhookUrl };
}

const until = async (what: string, condition: () => boolean, ms: number) => {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe("the App on Redis with two replicas", () => {
  it("ends each PR with one completed check on its latest head and one comment, though a replica dies mid-review", async () => {
    const redis: TestRedis = await startTestRedis();
    cleanups.push(() => redis.stop());
    const github = await startFakeGitHubServer({
      actor: BOT_LOGIN,
      appSlug: "promptgate",
      installationId: INSTALLATION_ID,
    });
    cleanups.push(() => github.close());
    // Replica A's provider never answers, so whatever A takes is mid-review when A is killed.
    const hanging = await startFakeOpenAIServer({ respond: () => new Promise<never>(() => undefined) });
    const working = await startFakeOpenAIServer({ respond: createSupportResponder(), latencyMs: 50 });
    cleanups.push(() => working.close());
    const baseSha = seedPullRequests(github, PRS, REVISIONS);

    const common = {
      APP_ID,
      PRIVATE_KEY,
      WEBHOOK_SECRET,
      OPENAI_API_KEY: "sk-test",
      GITHUB_API_URL: github.url,
      PORT: "0",
      HOST: "127.0.0.1",
      REDIS_URL: redis.url,
      PROMPTGATE_REVIEWS_PER_REPLICA: "2",
      PROMPTGATE_QUEUE_LOCK_MS: "1500",
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "fatal",
    };
    const [a, b] = await Promise.all([
      startReplica({ ...common, OPENAI_BASE_URL: hanging.url }),
      startReplica({ ...common, OPENAI_BASE_URL: working.url }),
    ]);

    // 20 deliveries, pushes interleaved across PRs; GitHub's retry sends each one to the other replica too.
    for (const rev of REVISIONS)
      for (const pr of PRS) {
        if (rev > 1) github.pushHead(pr, sha(pr, rev));
        const payload = pullRequestEvent(pr, rev, baseSha);
        const id = `delivery-${pr}-${rev}`;
        const answers = await Promise.all([
          postSigned(a.webhookUrl, "pull_request", payload, id),
          postSigned(b.webhookUrl, "pull_request", payload, id),
        ]);
        expect(answers.map((r) => r.status < 300)).toEqual([true, true]);
      }

    // Kill A while it reviews a latest head: its job must come back and be finished by B.
    const latestOnA = () =>
      hanging.requests.some((body) => PRS.some((pr) => JSON.stringify(body).includes(marker(pr, 4))));
    await until("replica A to review a latest head", latestOnA, 15_000);
    a.child.kill("SIGKILL");

    const done = () =>
      PRS.every((pr) => {
        const runs = github.state.checkRuns.filter(
          (r) => r.name === "promptgate" && r.head_sha === sha(pr, 4),
        );
        const comments = github.state.comments.filter((c) => c.issueNumber === pr && c.user === BOT_LOGIN);
        // The sticky comment may land just after the check completes.
        return runs.length === 1 && runs[0]!.status === "completed" && comments.length > 0;
      });
    await until("every PR's latest head to be reviewed", done, 20_000);

    for (const pr of PRS) {
      const runs = github.state.checkRuns.filter((r) => r.name === "promptgate" && r.head_sha === sha(pr, 4));
      expect(runs, `PR #${pr}`).toHaveLength(1);
      expect(runs[0]!.conclusion, `PR #${pr}`).toBe("failure"); // the refund link is gone at every head
      const comments = github.state.comments.filter((c) => c.issueNumber === pr && c.user === BOT_LOGIN);
      expect(comments, `PR #${pr}`).toHaveLength(1);
      expect(comments[0]!.body).toContain(sha(pr, 4).slice(0, 7));
    }
    // Each delivery was handled once: 20 claims in Redis, whichever replica got it first.
    expect(await redis.client.keys("promptgate:delivery:*")).toHaveLength(20);
    // The answers went to the shared response cache in Redis, where a restarted replica finds them.
    expect(await redis.client.zcard("promptgate:cache:index")).toBeGreaterThan(0);
    // The crashed replica's review was recovered as a stalled job, not lost.
    const queue = new Queue("promptgate-reviews", { connection: { host: "127.0.0.1", port: redis.port } });
    cleanups.push(() => queue.close());
    const completed = await queue.getCompleted();
    expect(completed.some((job) => (job.stalledCounter ?? 0) > 0)).toBe(true);
    expect(await queue.getJobCounts("waiting", "active", "delayed", "failed")).toMatchObject({
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 0,
    });
    await Promise.race([hanging.close(), new Promise((resolve) => setTimeout(resolve, 500))]);
  }, 60_000);
});
