// The App under test with its two network peers, started fresh for every test: a fake GitHub and a fake OpenAI.
import { afterEach, beforeEach } from "vitest";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { createSupportResponder, pricingConfig } from "../support/review-harness.js";
import { BOT_LOGIN, INSTALLATION_ID, startTestApp } from "./app-harness.js";

export const ACCEPT_LABEL = "promptgate: accept regression";
/** promptgate.yml with prices and a custom accept label (so tests see the config is read at base). */
export const acceptLabelConfig = `${pricingConfig}labels:\n  accept: "${ACCEPT_LABEL}"\n`;

export interface AppFakes {
  github: FakeGitHubServer;
  openai: FakeOpenAIServer;
  app: Awaited<ReturnType<typeof startTestApp>>;
  /** The `promptgate` check runs on the fake GitHub. */
  promptgateRuns(): FakeGitHubServer["state"]["checkRuns"];
  /** The comments on one issue or pull request. */
  commentsOn(number: number): FakeGitHubServer["state"]["comments"];
}

/** Registers the per-test setup and teardown; the returned object's fields are live within each test. */
export function useAppFakes(): AppFakes {
  const fakes = {
    promptgateRuns: () => fakes.github.state.checkRuns.filter((run) => run.name === "promptgate"),
    commentsOn: (number: number) => fakes.github.state.comments.filter((c) => c.issueNumber === number),
  } as AppFakes;
  beforeEach(async () => {
    fakes.github = await startFakeGitHubServer({ actor: BOT_LOGIN, installationId: INSTALLATION_ID });
    fakes.openai = await startFakeOpenAIServer({ respond: createSupportResponder() });
    fakes.app = await startTestApp({ githubUrl: fakes.github.url, openaiUrl: fakes.openai.url });
  });
  afterEach(async () => {
    await fakes.github.close();
    await fakes.openai.close();
  });
  return fakes;
}
