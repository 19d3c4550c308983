// The App exports each review's trace to the operator's collector (OTEL_EXPORTER_OTLP_ENDPOINT), never to one a
// repository's config names, and never with the host's variables a config header asks for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../../src/app/server.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { attr, type OtlpReceiver, startOtlpReceiver } from "../support/otlp-receiver.js";
import { createSupportResponder, pricingConfig } from "../support/review-harness.js";
import { INSTALLATION_ID, loadEvent, seedRepository, signPayload, startHttpApp } from "./app-harness.js";

const HOST_SECRET = "host-secret-value-93c1";
let github: FakeGitHubServer;
let openai: FakeOpenAIServer;
let app: AppServer;
let operator: OtlpReceiver;
let repoChosen: OtlpReceiver;
const saved = { endpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT, secret: process.env.HOST_SECRET_KEY };

beforeAll(async () => {
  operator = await startOtlpReceiver();
  repoChosen = await startOtlpReceiver();
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = operator.url;
  process.env.HOST_SECRET_KEY = HOST_SECRET;
  github = await startFakeGitHubServer({
    actor: "promptgate[bot]",
    appSlug: "promptgate",
    installationId: INSTALLATION_ID,
    permissions: { maintainer: "maintain" },
  });
  openai = await startFakeOpenAIServer({ respond: createSupportResponder() });
  const config = `${pricingConfig}tracing:\n  captureContent: true\n  otlp:\n    endpoint: ${repoChosen.url}\n    headers:\n      x-api-key: "\${HOST_SECRET_KEY}"\n`;
  seedRepository(github, { config });
  app = await startHttpApp(github, openai);
});

afterAll(async () => {
  if (saved.endpoint === undefined) delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  else process.env.OTEL_EXPORTER_OTLP_ENDPOINT = saved.endpoint;
  if (saved.secret === undefined) delete process.env.HOST_SECRET_KEY;
  else process.env.HOST_SECRET_KEY = saved.secret;
  await app.close();
  await Promise.all([github.close(), openai.close(), operator.close(), repoChosen.close()]);
});

describe("the App with OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it("sends one trace of the review to the operator's collector and nothing where the repository's config points", async () => {
    const body = JSON.stringify(loadEvent("pull_request.opened"));
    const response = await fetch(app.webhookUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "pull_request",
        "x-github-delivery": crypto.randomUUID(),
        "x-hub-signature-256": signPayload(body),
      },
      body,
    });
    expect(response.status).toBeLessThan(300);
    await app.queue.idle();
    expect(repoChosen.exports).toEqual([]);
    const spans = operator.spans();
    expect(operator.exports.every((e) => e.path === "/v1/traces")).toBe(true);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    const root = spans.find((s) => !s.parentSpanId)!;
    expect(attr(root, "vcs.change.id")).toBe("7");
    expect(attr(root, "vcs.repository.name")).toMatch(/\//);
    expect(openai.calls).toBeGreaterThan(0);
    expect(spans.filter((s) => attr(s, "gen_ai.operation.name") === "chat").length).toBe(openai.calls);
    const raw = operator.exports.map((e) => `${JSON.stringify(e.headers)}${e.raw}`).join("\n");
    expect(raw).not.toContain(HOST_SECRET);
    // captureContent comes from the repository's config, which the App does not follow.
    expect(raw).not.toContain("gen_ai.input.messages");
  });
});
