// App benchmark: peak memory of `node dist/app.js` while 100 reviews wait, on Redis and with the in-memory queue.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Queue } from "bullmq";
import { REPO_ROOT } from "../test/action/support/run-dist.js";
import { APP_ID, INSTALLATION_ID, PRIVATE_KEY, postSigned, WEBHOOK_SECRET } from "../test/app/app-harness.js";
import { pullRequestEvent, seedPullRequests } from "../test/app/replica-fixtures.js";
import { startFakeGitHubServer } from "../test/support/fake-github/server.js";
import { startFakeOpenAIServer } from "../test/support/fake-openai-server.js";
import { freePort, startTestRedis } from "../test/support/redis-server.js";
import { type BenchSection, formatNumber, formatSection } from "./report.js";

const REVIEWS = 100;
const PER_REPLICA = 4;
/** The queue lives in Redis, so 100 waiting reviews must cost the process little over its idle size. */
const TARGET_PEAK_MIB = 400;
const HOLD_MS = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident and peak-resident memory of a Linux process, in MiB (`/proc/PID/status`). */
function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMiB: kib("VmRSS") / 1024, peakMiB: kib("VmHWM") / 1024 };
}

interface Peers {
  githubUrl: string;
  providerUrl: string;
  baseSha: string;
  prs: number[];
}

/** `node dist/app.js` as deployed, ready once `/healthz` answers. */
async function startApp(peers: Peers, extraEnv: Record<string, string>) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(REPO_ROOT, "dist/app.js")], {
    env: {
      PATH: process.env.PATH ?? "",
      APP_ID,
      PRIVATE_KEY,
      WEBHOOK_SECRET,
      OPENAI_API_KEY: "sk-bench",
      OPENAI_BASE_URL: peers.providerUrl,
      GITHUB_API_URL: peers.githubUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "fatal",
      ...extraEnv,
    },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; (await fetch(`${url}/healthz`).catch(() => undefined))?.ok !== true; i++) {
    if (i > 200) throw new Error("dist/app.js did not answer /healthz within 10 s");
    await sleep(50);
  }
  return { child, webhookUrl: `${url}/api/github/webhooks`, idleMiB: memoryOf(child.pid!).rssMiB };
}

/** Samples the process for HOLD_MS; then its peak resident memory since start. */
async function holdAndMeasure(pid: number): Promise<{ peakMiB: number; rssMaxMiB: number }> {
  let rssMaxMiB = 0;
  for (let t = 0; t < HOLD_MS; t += 100) {
    rssMaxMiB = Math.max(rssMaxMiB, memoryOf(pid).rssMiB);
    await sleep(100);
  }
  return { peakMiB: memoryOf(pid).peakMiB, rssMaxMiB };
}

/** On Redis: each delivery is answered once stored; the jobs wait in Redis. */
async function measureOnRedis(peers: Peers, redis: { url: string; port: number }) {
  const app = await startApp(peers, {
    REDIS_URL: redis.url,
    PROMPTGATE_REVIEWS_PER_REPLICA: String(PER_REPLICA),
  });
  const queue = new Queue("promptgate-reviews", { connection: { host: "127.0.0.1", port: redis.port } });
  try {
    const started = performance.now();
    for (const pr of peers.prs) {
      const answer = await postSigned(app.webhookUrl, "pull_request", pullRequestEvent(pr, 1, peers.baseSha));
      if (answer.status >= 300) throw new Error(`delivery for #${pr} answered ${answer.status}`);
    }
    const deliveredMs = performance.now() - started;
    let counts = { waiting: 0, active: 0 };
    for (let i = 0; counts.active < PER_REPLICA && i < 100; i++) {
      const raw = await queue.getJobCounts("waiting", "active");
      counts = { waiting: raw.waiting ?? 0, active: raw.active ?? 0 };
      await sleep(50);
    }
    return { idleMiB: app.idleMiB, deliveredMs, ...counts, ...(await holdAndMeasure(app.child.pid!)) };
  } finally {
    app.child.kill("SIGKILL");
    await queue.close();
  }
}

/** In memory: each delivery's request stays open while its review waits in the process. */
async function measureInMemory(peers: Peers) {
  const app = await startApp(peers, {});
  try {
    // Not awaited: the in-memory App answers a delivery only when its review ends; killing it ends them all.
    for (const pr of peers.prs)
      void postSigned(app.webhookUrl, "pull_request", pullRequestEvent(pr, 1, peers.baseSha)).catch(
        () => undefined,
      );
    await sleep(1_000);
    return { idleMiB: app.idleMiB, ...(await holdAndMeasure(app.child.pid!)) };
  } finally {
    app.child.kill("SIGKILL");
  }
}

/** The provider never answers: the running reviews stay running, the rest stay queued, while memory is read. */
export async function runAppRedisBench(): Promise<{ sections: BenchSection[] }> {
  const redis = await startTestRedis();
  const github = await startFakeGitHubServer({ appSlug: "promptgate", installationId: INSTALLATION_ID });
  const provider = await startFakeOpenAIServer({
    respond: () => new Promise<never>(() => undefined),
    recordRequests: false,
  });
  try {
    const prs = Array.from({ length: REVIEWS }, (_, i) => i + 1);
    const baseSha = seedPullRequests(github, prs, [1]);
    const peers = { githubUrl: github.url, providerUrl: provider.url, baseSha, prs };
    const onRedis = await measureOnRedis(peers, redis);
    const inMemory = await measureInMemory(peers);
    const section = buildSection(onRedis, inMemory);
    console.log(formatSection(section));
    return { sections: [section] };
  } finally {
    await Promise.race([provider.close(), sleep(500)]);
    await github.close();
    await redis.stop();
  }
}

function buildSection(
  r: Awaited<ReturnType<typeof measureOnRedis>>,
  m: Awaited<ReturnType<typeof measureInMemory>>,
): BenchSection {
  return {
    title: `App: dist/app.js holding ${REVIEWS} queued reviews (provider silent, so none finishes)`,
    rows: [
      { metric: "on Redis: resident memory, idle after start", value: `${formatNumber(r.idleMiB)} MiB` },
      {
        metric: `on Redis: peak resident memory (VmHWM), ${REVIEWS} deliveries + ${HOLD_MS / 1000} s held`,
        value: `${formatNumber(r.peakMiB)} MiB`,
        target: `< ${TARGET_PEAK_MIB} MiB`,
        pass: r.peakMiB < TARGET_PEAK_MIB,
      },
      { metric: "on Redis: jobs waiting / running", value: `${r.waiting} / ${r.active}` },
      {
        metric: `on Redis: ${REVIEWS} signed deliveries answered, one after another`,
        value: `${formatNumber(r.deliveredMs, 0)} ms`,
      },
      { metric: "in memory: resident memory, idle after start", value: `${formatNumber(m.idleMiB)} MiB` },
      {
        metric: `in memory: peak resident memory, ${REVIEWS} open deliveries + ${HOLD_MS / 1000} s held`,
        value: `${formatNumber(m.peakMiB)} MiB`,
      },
    ],
  };
}
