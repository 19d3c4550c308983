// The built Action with `otlp-endpoint` / `otlp-headers`: one trace per review reaches the collector with the
// repository, pull request and verdict; the headers are masked; a dead collector changes nothing but a warning.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attr, type OtlpReceiver, startOtlpReceiver } from "../support/otlp-receiver.js";
import { supportPrompt } from "../support/review-harness.js";
import {
  createRepository,
  openPullRequest,
  PROMPT,
  type Repository,
  runOnPullRequest,
  withoutLink,
} from "./support/e2e-repository.js";
import { copyFreshDist } from "./support/run-dist.js";

const AUTH = Buffer.from("pk-lf-1234abcd:sk-lf-5678efgh").toString("base64");
const servers: Array<{ close(): Promise<void> }> = [];
let script: string;
let repo: Repository;
let head: string;
let receiver: OtlpReceiver;

beforeAll(async () => {
  script = copyFreshDist();
  receiver = await startOtlpReceiver();
  servers.push(receiver);
  repo = await createRepository(servers);
  head = openPullRequest(repo, 7, { [PROMPT]: supportPrompt(withoutLink) });
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const event = () => ({ number: 7, baseSha: repo.base, headSha: head, headRef: "change-7" });

describe("the Action with otlp-endpoint", () => {
  it("exports one trace with the repository, pull request, SHAs and verdict, and masks the headers", async () => {
    const run = await runOnPullRequest(script, repo, event(), {
      inputs: {
        "otlp-endpoint": `${receiver.url}/api/public/otel`,
        "otlp-headers": `Authorization=Basic ${AUTH},x-langfuse-ingestion-version=4`,
      },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(receiver.exports.length).toBeGreaterThan(0);
    expect(receiver.exports.every((e) => e.path === "/api/public/otel/v1/traces")).toBe(true);
    expect(receiver.exports[0]!.headers.authorization).toBe(`Basic ${AUTH}`);
    const spans = receiver.spans();
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    const roots = spans.filter((s) => !s.parentSpanId);
    expect(roots).toHaveLength(1);
    expect(attr(roots[0]!, "vcs.repository.name")).toBe("octo-org/prompts");
    expect(attr(roots[0]!, "vcs.change.id")).toBe("7");
    expect(attr(roots[0]!, "vcs.ref.head.revision")).toBe(head);
    expect(attr(roots[0]!, "promptgate.verdict")).toBe(run.outputs.verdict);
    const calls = spans.filter((s) => attr(s, "gen_ai.operation.name") === "chat");
    expect(calls).toHaveLength(repo.openai.calls);
    expect(run.stdout).toContain(`::add-mask::${AUTH}`);
    const logged = run.stdout.replace(/^::add-mask::.*$/gm, "");
    expect(`${logged}${run.stderr}`).not.toContain(AUTH);
  });
});
