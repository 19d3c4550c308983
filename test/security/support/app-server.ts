// The App as deployed for the security tests: its HTTP server (signed webhooks) over a fake GitHub and provider.
import { runApp } from "../../../src/app/run-app.js";
import type { AppServer } from "../../../src/app/server.js";
import { APP_ID, PRIVATE_KEY, signPayload, TestOctokit, WEBHOOK_SECRET } from "../../app/app-harness.js";
import type { FakeGitHubServer } from "../../support/fake-github-server.js";
import type { FakeOpenAIServer } from "../../support/fake-openai-server.js";

export async function startApp(github: FakeGitHubServer, openai: FakeOpenAIServer): Promise<AppServer> {
  const started = await runApp(
    {
      APP_ID,
      PRIVATE_KEY,
      WEBHOOK_SECRET,
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: openai.url,
      GITHUB_API_URL: github.url,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: (process.env.TEST_LOG_LEVEL ?? "fatal") as "fatal",
    },
    { Octokit: TestOctokit },
  );
  if (!("server" in started)) throw new Error("the app did not start");
  return started.server;
}

/** POSTs one signed delivery, as GitHub does; `id` is its `x-github-delivery`. */
export async function deliver(
  app: AppServer,
  event: string,
  payload: unknown,
  id: string = crypto.randomUUID(),
): Promise<Response> {
  const body = JSON.stringify(payload);
  const response = await fetch(app.webhookUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": event,
      "x-github-delivery": id,
      "x-hub-signature-256": signPayload(body),
    },
    body,
  });
  await app.queue.idle();
  return response;
}
