// app.yml asks for exactly the events the App handles and the least permissions its writes need.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const manifest = parse(readFileSync(new URL("../../app.yml", import.meta.url), "utf8")) as {
  name: string;
  url: string;
  hook_attributes: { url: string };
  default_events: string[];
  default_permissions: Record<string, string>;
};

describe("app.yml", () => {
  it("subscribes to the events the App handles", () => {
    expect([...manifest.default_events].sort()).toEqual([
      "check_run",
      "check_suite",
      "issue_comment",
      "pull_request",
    ]);
  });

  it("asks for the least permissions: write only where the App writes", () => {
    expect(manifest.default_permissions).toEqual({
      checks: "write",
      pull_requests: "write",
      issues: "write",
      contents: "write",
      metadata: "read",
    });
  });

  it("names the App and points the webhook at the default path", () => {
    expect(manifest.name).toBe("promptgate");
    expect(manifest.url).toMatch(/^https:\/\//);
    expect(new URL(manifest.hook_attributes.url).pathname).toBe("/api/github/webhooks");
  });
});
