// App benchmark: peak memory of `node dist/app.js` on Redis while 100 reviews wait in its queue.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Queue } from "bullmq";
import { REPO_ROOT } from "../test/action/support/run-dist.js";
import { APP_ID, INSTALLATION_ID, PRIVATE_KEY, postSigned, WEBHOOK_SECRET } from "../test/app/app-harness.js";
import { pullRequestEvent, seedPullRequests } from "../test/app/replica-fixtures.js";
import { startFakeGitHubServer } from "../test/support/fake-github-server.js";
import { startFakeOpenAIServer } from "../test/support/fake-openai-server.js";
import { freePort, startTestRedis } from "../test/support/redis-server.js";
import { type BenchSection, formatNumber, formatSection } from "./report.js";

const REVIEWS = 100;
const PER_REPLICA = 4;
/** The queue lives in Redis, so 100 waiting reviews must cost the process little over its idle size. */
const TARGET_PEAK_MIB = 400;
const HOLD_MS = 3_000;

/** Resident and peak-resident memory of a Linux process, in MiB (`/proc/PID/status`). */
function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMiB: kib("VmRSS") / 1024, peakMiB: kib("VmHWM") / 1024 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The provider never answers, so PER_REPLICA reviews stay running and the rest stay queued for the whole
 * measurement: the figure is the App holding 100 reviews, not the App finishing them.
 */
export async function runAppRedisBench(): Promise<{ sections: BenchSection[] }> {
  const redis = await startTestRedis();
  const github = await startFakeGitHubServer({ appSlug: "promptgate", installationId: INSTALLATION_ID });
  const provider = await startFakeOpenAIServer({
    respond: () => new Promise<never>(() => undefined),
    recordRequests: false,
  });
  const prs = Array.from({ length: REVIEWS }, (_, i) => i + 1);
  const baseSha = seedPullRequests(github, prs, [1]);
  const port = await freePort();
  const child = spawn(process.execPath, [join(REPO_ROOT, "dist/app.js")], {
    env: {
      PATH: process.env.PATH ?? "",
      APP_ID,
      PRIVATE_KEY,
      WEBHOOK_SECRET,
      OPENAI_API_KEY: "sk-bench",
      OPENAI_BASE_URL: provider.url,
      GITHUB_API_URL: github.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      REDIS_URL: redis.url,
      PROMPTGATE_REVIEWS_PER_REPLICA: String(PER_REPLICA),
      LOG_LEVEL: "fatal",
    },
    stdio: "ignore",
  });
  const queue = new Queue("promptgate-reviews", { connection: { host: "127.0.0.1", port: redis.port } });
  try {
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; (await fetch(`${url}/healthz`).catch(() => undefined))?.ok !== true; i++) {
      if (i > 200) throw new Error("dist/app.js did not answer /healthz within 10 s");
      await sleep(50);
    }
    const idle = memoryOf(child.pid!);
    const started = performance.now();
    for (const pr of prs) {
      const answer = await postSigned(
        `${url}/api/github/webhooks`,
        "pull_request",
        pullRequestEvent(pr, 1, baseSha),
      );
      if (answer.status >= 300) throw new Error(`delivery for #${pr} answered ${answer.status}`);
    }
    const deliveredMs = performance.now() - started;
    const jobCounts = async () => {
      const counts = await queue.getJobCounts("waiting", "active");
      return { waiting: counts.waiting ?? 0, active: counts.active ?? 0 };
    };
    let counts = await jobCounts();
    for (let i = 0; counts.active < PER_REPLICA && i < 100; i++) {
      await sleep(50);
      counts = await jobCounts();
    }
    let rssMax = 0;
    for (let t = 0; t < HOLD_MS; t += 100) {
      rssMax = Math.max(rssMax, memoryOf(child.pid!).rssMiB);
      await sleep(100);
    }
    const peak = memoryOf(child.pid!).peakMiB;
    const section = buildSection({ idle: idle.rssMiB, peak, rssMax, deliveredMs, ...counts });
    console.log(formatSection(section));
    return { sections: [section] };
  } finally {
    child.kill("SIGKILL");
    await queue.close();
    await Promise.race([provider.close(), sleep(500)]);
    await github.close();
    await redis.stop();
  }
}

function buildSection(f: {
  idle: number;
  peak: number;
  rssMax: number;
  deliveredMs: number;
  waiting: number;
  active: number;
}): BenchSection {
  return {
    title: `App on Redis: dist/app.js holding ${REVIEWS} queued reviews (${PER_REPLICA} running, provider silent)`,
    rows: [
      { metric: "resident memory, idle after start", value: `${formatNumber(f.idle)} MiB` },
      {
        metric: `peak resident memory (VmHWM), ${REVIEWS} deliveries + ${HOLD_MS / 1000} s held`,
        value: `${formatNumber(f.peak)} MiB`,
        target: `< ${TARGET_PEAK_MIB} MiB`,
        pass: f.peak < TARGET_PEAK_MIB,
      },
      { metric: "resident memory while held, highest sample", value: `${formatNumber(f.rssMax)} MiB` },
      { metric: "jobs waiting / running in Redis", value: `${f.waiting} / ${f.active}` },
      {
        metric: `${REVIEWS} signed deliveries answered, one after another`,
        value: `${formatNumber(f.deliveredMs, 0)} ms`,
      },
    ],
  };
}
