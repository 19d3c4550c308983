// The runner's variables and the event payload file, read once and checked.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readActionContext } from "../../src/action/context.js";

const fixture = new URL("../fixtures/events/pull_request.opened.json", import.meta.url).pathname;

describe("readActionContext", () => {
  it("reads the event, repository, API URL, run link and temp directory", () => {
    const context = readActionContext({
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: fixture,
      GITHUB_REPOSITORY: "octo-org/prompts",
      GITHUB_API_URL: "https://ghe.example/api/v3",
      GITHUB_SERVER_URL: "https://ghe.example/",
      GITHUB_RUN_ID: "99",
      RUNNER_TEMP: "/runner/_temp",
    });
    expect(context).toMatchObject({
      eventName: "pull_request",
      owner: "octo-org",
      repo: "prompts",
      apiUrl: "https://ghe.example/api/v3",
      runUrl: "https://ghe.example/octo-org/prompts/actions/runs/99",
      tempDir: "/runner/_temp",
    });
    expect(context.payload.pull_request).toMatchObject({
      number: 7,
      head: { ref: "tighten-support-prompt" },
    });
  });

  it("names the missing variable", () => {
    expect(() => readActionContext({ GITHUB_EVENT_NAME: "pull_request" })).toThrow(
      /GITHUB_REPOSITORY: is not set/,
    );
  });

  it("locates a payload that is not a pull request event", () => {
    const dir = mkdtempSync(join(tmpdir(), "pg-event-"));
    const path = join(dir, "event.json");
    writeFileSync(path, JSON.stringify({ pull_request: { number: "7" } }));
    const env = { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: "o/r" };
    expect(() => readActionContext(env)).toThrow(/event\.json: pull_request\.number:/);
  });
});
