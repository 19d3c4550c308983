// The App end to end: signed webhooks over HTTP → Probot → fake GitHub REST server and fake OpenAI server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppServer } from "../../src/app/server.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { createSupportResponder } from "../support/review-harness.js";
import {
  commentEvent,
  INSTALLATION_ID,
  loadEvent,
  seedRepository,
  shasOf,
  signPayload,
  startHttpApp,
} from "./app-harness.js";

let github: FakeGitHubServer;
let openai: FakeOpenAIServer;
let app: AppServer;

beforeEach(async () => {
  github = await startFakeGitHubServer({
    actor: "promptgate[bot]",
    appSlug: "promptgate",
    installationId: INSTALLATION_ID,
    permissions: { maintainer: "maintain", visitor: "read" },
  });
  openai = await startFakeOpenAIServer({ respond: createSupportResponder() });
  seedRepository(github);
  app = await startHttpApp(github, openai);
});

afterEach(async () => {
  await app.close();
  await github.close();
  await openai.close();
});

async function deliver(event: string, payload: unknown, signature?: string): Promise<Response> {
  const body = JSON.stringify(payload);
  return fetch(app.webhookUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": event,
      "x-github-delivery": crypto.randomUUID(),
      "x-hub-signature-256": signature ?? signPayload(body),
    },
    body,
  });
}

describe("the App over HTTP", () => {
  it("reviews a pull request from a signed pull_request.opened delivery: one completed check, one comment", async () => {
    const response = await deliver("pull_request", loadEvent("pull_request.opened"));
    expect(response.status).toBeLessThan(300);
    await app.queue.idle();

    const runs = github.state.checkRuns.filter((run) => run.name === "promptgate");
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      head_sha: shasOf(loadEvent("pull_request.opened")).headSha,
      status: "completed",
      conclusion: "failure",
    });
    expect(runs[0]!.output.summary).toContain("support.prompt.yml");
    const comments = github.state.comments.filter((c) => c.issueNumber === 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.user).toBe("promptgate[bot]");
    expect(comments[0]!.body).toContain("<!-- promptgate");
    expect(comments[0]!.body).toContain("prompts/support.prompt.yml");
    expect(openai.calls).toBeGreaterThan(0);
    // The installation token was minted with the App's JWT, then used for the repository calls.
    const tokenRequest = github.requests.find(
      (r) => r.path === `/app/installations/${INSTALLATION_ID}/access_tokens`,
    );
    expect(tokenRequest?.authorization).toMatch(/^bearer ey/i);
    expect(github.requests.find((r) => r.path.includes("/compare/"))?.authorization).toMatch(
      /^token ghs_fake/,
    );
  });

  it("rejects a delivery with a wrong signature and makes no API call", async () => {
    const payload = loadEvent("pull_request.opened");
    const forged = signPayload(JSON.stringify(payload), "not-the-secret");
    const response = await deliver("pull_request", payload, forged);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await app.queue.idle();
    expect(github.requests).toEqual([]);
    expect(openai.received).toBe(0);
  });

  it("answers /promptgate rollback from a user without write access and changes nothing", async () => {
    const response = await deliver(
      "issue_comment",
      commentEvent("/promptgate rollback prompts/support.prompt.yml", "visitor", { github }),
    );
    expect(response.status).toBeLessThan(300);
    await app.queue.idle();

    const writes = github
      .writes()
      .filter((r) => !r.path.endsWith("/access_tokens"))
      .map((r) => `${r.method} ${r.path}`);
    expect(writes).toHaveLength(2);
    expect(writes).toContain("POST /repos/octo-org/prompts/issues/7/comments");
    expect(
      writes.filter((w) => /^POST \/repos\/octo-org\/prompts\/issues\/comments\/\d+\/reactions$/.test(w)),
    ).toHaveLength(1);
    expect(github.state.pulls.size).toBe(1);
    expect([...github.state.git.branches.keys()].sort()).toEqual([
      "main",
      shasOf(loadEvent("pull_request.opened")).headRef,
    ]);
    expect(github.state.comments.at(-1)?.body).toMatch(/only people with write access/);
    expect(github.state.checkRuns).toEqual([]);
  });

  it("serves a health route and 404 elsewhere", async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/nope`)).status).toBe(404);
  });
});
