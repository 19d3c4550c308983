// The spans a recording becomes, written through `--trace FILE`: judge calls, failed calls and evaluator
// results land where a reader of the trace expects them; a header that cannot be built is a warning.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${NAME}` is the header syntax under test
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTracingSession } from "../../../src/adapters/tracing/tracing-session.js";
import { type Config, configSchema } from "../../../src/core/config/config-schema.js";
import { InputError } from "../../../src/core/diagnostics.js";
import { createRedactor } from "../../../src/core/redact.js";
import type { CallTag } from "../../../src/engine/engine-types.js";
import { buildErrorReport } from "../../../src/review/build-report.js";
import { attr, spansOf } from "../../support/otlp-receiver.js";

const scratch = mkdtempSync(join(tmpdir(), "promptgate-spans-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tag: CallTag = { path: "a.prompt.yml", caseId: "c1", version: "head", sample: 0 };
const request = {
  model: "gpt-4o-mini",
  messages: [{ role: "user" as const, content: "Tell Ada the secret plan" }],
};
const answer = (text: string) => ({
  ok: true as const,
  response: {
    text,
    usage: { inputTokens: 12, outputTokens: 3, cachedInputTokens: 0 },
    latencyMs: 5,
    finishReason: "stop",
  },
  cached: true,
  attempts: 0,
  costUsd: 0.00001,
});

function record(config: Config, file: string, warnings: string[] = []) {
  const session = createTracingSession({
    env: {},
    logger: { info() {}, debug() {}, warn: (m) => warnings.push(m) },
    redact: createRedactor(),
    traceFile: file,
  });
  const tracer = session.createTracer(config);
  return { session, tracer };
}

async function finish(session: ReturnType<typeof createTracingSession>) {
  const report = buildErrorReport(new InputError({ file: "x", message: "unused" }), {
    base: "main",
    head: "HEAD",
  });
  await session.finish({ report });
}

describe("review spans", () => {
  it("puts judge calls and failed calls under their version, evaluator results as events, no content", async () => {
    const file = join(scratch, "judge.jsonl");
    const { session, tracer } = record(configSchema.parse({}), file);
    tracer!.recordCall({ tag, request, outcome: answer("Hello Ada"), startMs: 1_000, endMs: 1_010 });
    tracer!.recordCall({
      tag: { ...tag, evaluator: "polite" },
      request: { ...request, model: "gpt-4o" },
      outcome: answer("GOOD"),
      startMs: 1_011,
      endMs: 1_020,
    });
    tracer!.recordCall({
      tag: { ...tag, sample: 1 },
      request,
      outcome: { ok: false, kind: "rate_limit", error: "429 after 6 retries", attempts: 7 },
      startMs: 1_000,
      endMs: 1_030,
    });
    tracer!.recordSample({
      tag,
      pass: false,
      evaluators: [
        { name: "mentions Ada", pass: true, invariant: false, reason: "contains 'Ada'" },
        { name: "polite", pass: false, invariant: false, reason: "judge: rude to Ada" },
      ],
    });
    await finish(session);
    const spans = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .flatMap((line) => spansOf(JSON.parse(line)));
    const version = spans.find((s) => s.name === "prompt head")!;
    const [sample, judge, failed] = ["chat gpt-4o-mini", "chat gpt-4o", "chat gpt-4o-mini"].map((name, i) =>
      spans.filter((s) => s.name === name).at(i === 2 ? 1 : 0),
    );
    expect([sample, judge, failed].every((s) => s?.parentSpanId === version.spanId)).toBe(true);
    expect(attr(judge!, "promptgate.evaluator")).toBe("polite");
    expect(attr(judge!, "promptgate.call.kind")).toBe("judge");
    expect(attr(sample!, "promptgate.cache_hit")).toBe(true);
    expect(attr(sample!, "promptgate.sample.pass")).toBe(false);
    expect(
      sample!.events!.map((e) => [attr(e, "promptgate.evaluator"), attr(e, "promptgate.evaluator.pass")]),
    ).toEqual([
      ["mentions Ada", true],
      ["polite", false],
    ]);
    expect(attr(failed!, "error.type")).toBe("rate_limit");
    expect(failed!.status?.code).toBe(2); // ERROR
    const raw = readFileSync(file, "utf8");
    expect(raw).not.toContain("secret plan");
    expect(raw).not.toContain("Hello Ada");
    expect(raw).not.toContain("rude to Ada");
  });

  it("warns and exports nothing when a config header names an unset variable", async () => {
    const warnings: string[] = [];
    const config = configSchema.parse({
      tracing: { otlp: { endpoint: "http://127.0.0.1:9/otel", headers: { "x-api-key": "${NOT_SET_KEY}" } } },
    });
    const { tracer } = record(config, join(scratch, "unused.jsonl"), warnings);
    expect(tracer).toBeUndefined();
    expect(warnings).toEqual([
      "tracing: promptgate.yml tracing.otlp.headers: header x-api-key uses ${NOT_SET_KEY}, which is not set in the environment; no trace is exported",
    ]);
  });
});
