// Starts a real Debian redis-server for a test on a free loopback port with a throwaway dir, and stops it.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";

export const REDIS_SERVER_BIN = process.env.REDIS_SERVER_BIN ?? "/usr/bin/redis-server";

export interface TestRedis {
  url: string;
  port: number;
  /** A client for the test's own looks; closed by `stop()`. */
  client: Redis;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Never skips: without the binary the test fails and says how to install it. */
export async function startTestRedis(): Promise<TestRedis> {
  if (!existsSync(REDIS_SERVER_BIN))
    throw new Error(
      `${REDIS_SERVER_BIN} is missing: install Debian's redis-server (apt-get install -y redis-server; .ci/run does)`,
    );
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "promptgate-redis-"));
  const child: ChildProcess = spawn(
    REDIS_SERVER_BIN,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 100 });
  client.on("error", () => undefined);
  const started = Date.now();
  for (;;) {
    try {
      if (client.status !== "ready") await client.connect().catch(() => undefined);
      if ((await client.ping()) === "PONG") break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > 10_000 || child.exitCode !== null) {
      child.kill("SIGKILL");
      throw new Error(`redis-server on port ${port} did not answer within 10 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    port,
    client,
    async stop() {
      client.disconnect();
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
