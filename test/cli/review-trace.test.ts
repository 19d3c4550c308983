// A review with tracing on, against the local model server and a local OTLP receiver: one trace whose spans
// match the report, no prompt text unless asked, no secret anywhere; a dead collector costs a warning only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report/report.js";
import { useFakeProvider } from "../support/fake-provider.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";
import {
  attr,
  type OtlpReceiver,
  type OtlpSpan,
  spansOf,
  startOtlpReceiver,
} from "../support/otlp-receiver.js";
import { runCliCaptured } from "../support/run-cli.js";

const SECRET = "otlp-secret-7f3a9c21";
const PROMPT_SECRET = "svc-key-19be55d0aa";

const prompt = (system: string) => `model: gpt-4o-mini
modelParameters:
  temperature: 0.2
  maxTokens: 64
messages:
  - role: system
    content: ${system}
  - role: user
    content: "Say hello to {{name}}. Internal key ${PROMPT_SECRET}."
testData:
  - name: Ada
  - name: Linus
evaluators:
  - name: greets by name
    string:
      contains: "{{name}}"
`;

useFakeProvider();
let repo: GitFixture;
let receiver: OtlpReceiver;
const scratch = mkdtempSync(join(tmpdir(), "promptgate-trace-"));
const saved = { TRACE_TOKEN: process.env.TRACE_TOKEN, MY_SERVICE_KEY: process.env.MY_SERVICE_KEY };

beforeAll(async () => {
  process.env.TRACE_TOKEN = SECRET;
  process.env.MY_SERVICE_KEY = PROMPT_SECRET;
  receiver = await startOtlpReceiver();
  repo = createGitFixture();
  repo.write("greeter.prompt.yml", prompt("You greet people."));
  await repo.commit("base");
  repo.write("greeter.prompt.yml", prompt("You greet people warmly."));
  await repo.commit("head");
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  repo.cleanup();
  await receiver.close();
  rmSync(scratch, { recursive: true, force: true });
});

function configFile(name: string, endpoint: string, captureContent = false): string {
  const path = join(scratch, `${name}.yml`);
  writeFileSync(
    path,
    `tracing:\n  captureContent: ${captureContent}\n  otlp:\n    endpoint: ${endpoint}\n    headers:\n      authorization: "Bearer \${TRACE_TOKEN}"\n`,
  );
  return path;
}

async function review(name: string, config: string, extra: string[] = []) {
  const json = join(scratch, `${name}.json`);
  const args = ["review", "--repo", repo.dir, "--base", "HEAD~1", "--repeats", "2", "--no-cache"];
  const result = await runCliCaptured([...args, "--config", config, "--json", json, ...extra]);
  const report = JSON.parse(readFileSync(json, "utf8")) as ReviewReport;
  return { ...result, report };
}

const byName = (spans: OtlpSpan[], name: string) => spans.filter((s) => s.name === name);

describe("review with tracing.otlp", () => {
  it("exports one trace: root, a span per prompt version, a span per model call with GenAI attributes", async () => {
    const before = receiver.exports.length;
    const { code, report, stderr } = await review("on", configFile("on", `${receiver.url}/otel`));
    expect(code).not.toBe(2);
    expect(stderr).not.toContain("tracing:");
    const exports = receiver.exports.slice(before);
    expect(exports.map((e) => e.path)).toEqual(exports.map(() => "/otel/v1/traces"));
    expect(exports[0]!.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(exports[0]!.headers["content-type"]).toContain("application/json");
    const spans = exports.flatMap((e) => e.spans);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);

    const [root, ...otherRoots] = spans.filter((s) => !s.parentSpanId);
    expect(otherRoots).toEqual([]);
    expect(root!.name).toBe("promptgate review");
    expect(attr(root!, "promptgate.verdict")).toBe(report.verdict);
    expect(attr(root!, "vcs.ref.base.revision")).toBe(report.base.sha);
    expect(attr(root!, "vcs.ref.head.revision")).toBe(report.head.sha);

    const versions = [...byName(spans, "prompt base"), ...byName(spans, "prompt head")];
    expect(versions.map((s) => [attr(s, "promptgate.prompt.path"), attr(s, "promptgate.version")])).toEqual([
      ["greeter.prompt.yml", "base"],
      ["greeter.prompt.yml", "head"],
    ]);
    expect(versions.every((s) => s.parentSpanId === root!.spanId)).toBe(true);

    const calls = byName(spans, "chat gpt-4o-mini");
    expect(calls).toHaveLength(report.calls.total); // 2 cases × 2 repeats × base and head
    expect(calls).toHaveLength(8);
    const prompt = report.prompts[0]!;
    for (const version of versions) {
      const side = attr(version, "promptgate.version") as "base" | "head";
      const mine = calls.filter((c) => c.parentSpanId === version.spanId);
      expect(mine).toHaveLength(4);
      for (const call of mine) {
        expect(attr(call, "gen_ai.operation.name")).toBe("chat");
        expect(attr(call, "gen_ai.provider.name")).toBe("openai");
        expect(attr(call, "gen_ai.request.model")).toBe("gpt-4o-mini");
        expect(attr(call, "gen_ai.response.model")).toBe("gpt-4o-mini");
        expect(attr(call, "gen_ai.request.temperature")).toBe(0.2);
        expect(attr(call, "gen_ai.request.max_tokens")).toBe(64);
        expect(attr(call, "gen_ai.response.finish_reasons")).toEqual(["stop"]);
        expect(attr(call, "promptgate.version")).toBe(side);
        expect(attr(call, "promptgate.cache_hit")).toBe(false);
        expect(call.events?.map((e) => attr(e, "promptgate.evaluator"))).toEqual(["greets by name"]);
      }
      const sum = (key: string) => mine.reduce((total, c) => total + (attr(c, key) as number), 0);
      expect(sum("gen_ai.usage.input_tokens") / mine.length).toBeCloseTo(
        prompt[side]!.tokens.inputPerCall,
        6,
      );
      expect(sum("gen_ai.usage.output_tokens") / mine.length).toBeCloseTo(
        prompt[side]!.tokens.outputPerCall,
        6,
      );
      expect(new Set(mine.map((c) => attr(c, "promptgate.case.id")))).toEqual(
        new Set(prompt.cases.map((c) => c.id)),
      );
    }
    const raw = exports.map((e) => e.raw).join("\n");
    expect(raw).not.toContain("You greet people");
    expect(raw).not.toContain("Say hello");
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain(process.env.OPENAI_API_KEY!); // the provider key the fake server took
    expect(raw).not.toContain(PROMPT_SECRET);
  });

  it("exports prompt and completion text only with captureContent, secrets redacted", async () => {
    const before = receiver.exports.length;
    await review("content", configFile("content", `${receiver.url}/otel`, true));
    const spans = receiver.exports.slice(before).flatMap((e) => e.spans);
    const call = byName(spans, "chat gpt-4o-mini")[0]!;
    const input = attr(call, "gen_ai.input.messages") as string;
    expect(JSON.parse(input)[0]).toEqual({
      role: "system",
      parts: [{ type: "text", content: expect.stringContaining("You greet people") }],
    });
    expect(attr(call, "gen_ai.output.messages")).toContain("Say hello to");
    const raw = receiver.exports
      .slice(before)
      .map((e) => e.raw)
      .join("\n");
    expect(raw).toContain("Internal key ***");
    expect(raw).not.toContain(PROMPT_SECRET);
    expect(raw).not.toContain(SECRET);
  });

  it("finishes with the same verdict and a warning with the dropped count when the collector is down", async () => {
    const up = await review("up", configFile("up", `${receiver.url}/otel`));
    const deadPort = await closedPort();
    process.env.OTEL_EXPORTER_OTLP_TIMEOUT = "1000"; // the standard variable bounds the exporter's retries
    const down = await review("down", configFile("down", `http://127.0.0.1:${deadPort}/otel`)).finally(() => {
      delete process.env.OTEL_EXPORTER_OTLP_TIMEOUT;
    });
    expect(down.code).toBe(up.code);
    expect(down.report.verdict).toBe(up.report.verdict);
    const spanCount = 1 + 2 + up.report.calls.total;
    expect(down.stderr).toMatch(
      new RegExp(
        `warning: tracing: ${spanCount} of ${spanCount} spans dropped: the collector at http://127\\.0\\.0\\.1:${deadPort}/otel/v1/traces did not take them`,
      ),
    );
    expect(down.stderr).not.toContain(SECRET);
  });

  it("--trace FILE writes the same spans as OTLP JSON lines", async () => {
    const file = join(scratch, "trace.jsonl");
    const before = receiver.exports.length;
    const { report } = await review("file", configFile("file", `${receiver.url}/otel`), ["--trace", file]);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    const fromFile = lines.flatMap((line) => spansOf(JSON.parse(line)));
    const sent = receiver.exports.slice(before).flatMap((e) => e.spans);
    expect(fromFile).toHaveLength(1 + 2 + report.calls.total);
    expect(fromFile.map((s) => s.spanId).sort()).toEqual(sent.map((s) => s.spanId).sort());
  });
});

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
