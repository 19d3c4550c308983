// The app's HTTP server: Probot's webhook middleware (HMAC-verified) plus a health route, on one port.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Probot, type ProbotOctokit } from "probot";
import { createFileCache } from "../adapters/file-cache.js";
import { createOpenAIModel } from "../adapters/openai-model.js";
import type { Config } from "../core/config/config-schema.js";
import type { Cache } from "../engine/cache.js";
import type { ReviewQueue } from "../ports.js";
import { createPromptgateApp } from "./app.js";
import { type AppEnv, resolveGitHubApiUrl } from "./app-env.js";
import { createBoundedMemoryCache } from "./memory-cache.js";
import { createReviewQueue } from "./review-queue.js";

export interface AppServerOptions {
  env: AppEnv;
  /** PEM text of the App's private key. */
  privateKey: string;
  /** Probot's Octokit class; tests pass one with retry and throttling off. Default: Probot's, with both on. */
  Octokit?: typeof ProbotOctokit;
}

export interface AppServer {
  /** `http://HOST:PORT` as bound (PORT 0 picks a free port). */
  url: string;
  webhookUrl: string;
  queue: ReviewQueue;
  close(): Promise<void>;
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { env } = options;
  const baseUrl = resolveGitHubApiUrl(env);
  const probot = new Probot({
    appId: env.APP_ID,
    privateKey: options.privateKey,
    secret: env.WEBHOOK_SECRET,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    ...(baseUrl ? { baseUrl } : {}),
    ...(options.Octokit ? { Octokit: options.Octokit } : {}),
  });
  const redis = env.REDIS_URL ? await openRedis(env, probot) : undefined;
  const queue =
    redis?.queue ?? createReviewQueue({ perInstallation: env.PROMPTGATE_REVIEWS_PER_INSTALLATION });
  const cache = env.PROMPTGATE_CACHE_DIR
    ? createFileCache(env.PROMPTGATE_CACHE_DIR)
    : (redis?.cache ?? createBoundedMemoryCache());
  const appFn = createPromptgateApp({
    queue,
    ...(redis ? { deliveries: redis.deliveries } : {}),
    createModel: (config: Config) => {
      // The operator's key must never follow a repository's config to another endpoint.
      if (config.provider.baseURL)
        probot.log.warn("provider.baseURL in promptgate.yml is ignored by the App");
      return createOpenAIModel({
        baseURL: env.OPENAI_BASE_URL ?? null,
        apiKey: env.OPENAI_API_KEY,
        apiKeyEnv: "OPENAI_API_KEY",
      });
    },
    createCache: (): Cache => cache,
  });
  const middleware = await createNodeMiddleware(appFn, { probot, webhooksPath: env.WEBHOOK_PATH });
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void middleware(request, response, () => answerOther(request, response));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  probot.log.info(`promptgate app listening on ${url}${env.WEBHOOK_PATH}`);
  return {
    url,
    webhookUrl: `${url}${env.WEBHOOK_PATH}`,
    queue,
    async close() {
      queue.abortAll("the server is shutting down");
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // On Redis the queue is shared: wait for this replica's runs only, then hand the rest to the others.
      await (redis ? redis.close() : queue.idle());
    },
  };
}

/** Loaded only with REDIS_URL, so the Action and the in-memory App never load BullMQ. */
async function openRedis(env: AppEnv, probot: Probot) {
  const { openRedisAppStores } = await import("../adapters/redis/app-stores.js");
  return openRedisAppStores(env.REDIS_URL!, {
    concurrency: env.PROMPTGATE_REVIEWS_PER_REPLICA,
    lockMs: env.PROMPTGATE_QUEUE_LOCK_MS,
    onError: (error) => probot.log.warn(`redis: ${error.message}`),
  });
}

/** `GET /healthz` for load balancers and Docker; everything else is 404. */
function answerOther(request: IncomingMessage, response: ServerResponse): void {
  if (request.method === "GET" && request.url === "/healthz") {
    response.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
    return;
  }
  response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
}
