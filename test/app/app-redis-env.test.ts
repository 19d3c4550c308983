// REDIS_URL and its companions in the App's environment, and the start-up error when Redis is unreachable.
import { describe, expect, it } from "vitest";
import { parseAppEnv } from "../../src/app/app-env.js";
import { runApp } from "../../src/app/run-app.js";
import { freePort } from "../support/redis-server.js";
import { PRIVATE_KEY } from "./app-harness.js";

const complete = { APP_ID: "123", PRIVATE_KEY: "pem", WEBHOOK_SECRET: "s", OPENAI_API_KEY: "sk" };

describe("REDIS_URL", () => {
  it("takes redis:// and rediss:// URLs, with per-replica concurrency and a 30 s crash lock by default", () => {
    const parsed = parseAppEnv({ ...complete, REDIS_URL: "rediss://:secret@cache.internal:6380/0" });
    expect(parsed).toMatchObject({
      ok: true,
      env: {
        REDIS_URL: "rediss://:secret@cache.internal:6380/0",
        PROMPTGATE_REVIEWS_PER_REPLICA: 4,
        PROMPTGATE_QUEUE_LOCK_MS: 30_000,
      },
    });
    expect(parseAppEnv({ ...complete, REDIS_URL: "" })).toMatchObject({ ok: true });
  });

  it("names a malformed REDIS_URL and out-of-range queue settings", () => {
    const parsed = parseAppEnv({
      ...complete,
      REDIS_URL: "http://cache.internal:6379",
      PROMPTGATE_REVIEWS_PER_REPLICA: "0",
      PROMPTGATE_QUEUE_LOCK_MS: "10",
    });
    expect(parsed.ok).toBe(false);
    const invalid = parsed.ok ? [] : parsed.invalid;
    expect(invalid.map((line) => line.split(":")[0])).toEqual([
      "REDIS_URL",
      "PROMPTGATE_REVIEWS_PER_REPLICA",
      "PROMPTGATE_QUEUE_LOCK_MS",
    ]);
  });

  it("does not start when Redis does not answer: exit 2, naming the host but never the password", async () => {
    const port = await freePort(); // nothing listens there
    let stderr = "";
    const result = await runApp(
      {
        ...complete,
        PRIVATE_KEY,
        REDIS_URL: `redis://:hunter2@127.0.0.1:${port}`,
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_LEVEL: "fatal",
      },
      {
        stderr: (text) => {
          stderr += text;
        },
      },
    );
    expect(result).toEqual({ exitCode: 2 });
    expect(stderr).toContain(`REDIS_URL: no answer from Redis at 127.0.0.1:${port}`);
    expect(stderr).not.toContain("hunter2");
  });
});
