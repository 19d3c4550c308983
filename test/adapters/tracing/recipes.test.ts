// The README's tracing recipes, configured exactly as pasted (the vendor host swapped for a local receiver):
// each sends its trace to the path and with the headers the vendor documents.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseActionInputs } from "../../../src/action/inputs.js";
import { createTracingSession } from "../../../src/adapters/tracing/tracing-session.js";
import { defaultConfig } from "../../../src/core/config/config-schema.js";
import { InputError } from "../../../src/core/diagnostics.js";
import { createRedactor } from "../../../src/core/redact.js";
import { buildErrorReport } from "../../../src/review/build-report.js";
import { type OtlpReceiver, startOtlpReceiver } from "../../support/otlp-receiver.js";

const readme = readFileSync("README.md", "utf8");
const secrets: Record<string, string> = {
  // What `echo -n "pk-lf-…:sk-lf-…" | base64` gives for a test key pair.
  LANGFUSE_AUTH: Buffer.from("pk-lf-1234abcd:sk-lf-5678efgh").toString("base64"),
  LANGSMITH_API_KEY: "lsv2_pt_0123456789abcdef",
  LANGWATCH_API_KEY: "sk-lw-0123456789abcdef",
  OTEL_COLLECTOR_TOKEN: "collector-token-0123456789",
};

/** The `with:` of a recipe block, its `${{ secrets.X }}` filled in as the runner would. */
function recipe(name: string): { endpoint: string; headers: string } {
  const block = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
  if (!block) throw new Error(`README.md has no recipe ${name}`);
  const fill = (text: string) =>
    text.replace(/\$\{\{\s*secrets\.(\w+)\s*\}\}/g, (_, key: string) => secrets[key] ?? "");
  const parsed = parse(block) as { with: Record<string, string> };
  return { endpoint: parsed.with["otlp-endpoint"]!, headers: fill(parsed.with["otlp-headers"] ?? "") };
}

let receiver: OtlpReceiver;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
});
afterAll(() => receiver.close());

/** Runs the recipe through the Action's input parsing and the tracing session, to the local receiver. */
async function send(name: string) {
  const { endpoint, headers } = recipe(name);
  const url = new URL(endpoint);
  const local = `${receiver.url}${url.pathname}`;
  const inputs = parseActionInputs(
    (input) => ({ "otlp-endpoint": local, "otlp-headers": headers })[input] ?? "",
  );
  const warnings: string[] = [];
  const session = createTracingSession({
    env: {},
    logger: { info() {}, debug() {}, warn: (m) => warnings.push(m) },
    redact: createRedactor(),
    otlpEndpoint: inputs["otlp-endpoint"]!,
    otlpHeaders: inputs["otlp-headers"]!,
  });
  expect(session.createTracer(defaultConfig)).toBeDefined();
  const before = receiver.exports.length;
  const report = buildErrorReport(new InputError({ file: "x", message: "unused" }), {
    base: "main",
    head: "HEAD",
  });
  await session.finish({ report, repo: "octo-org/prompts", pullRequest: 7 });
  expect(warnings).toEqual([]);
  const exports = receiver.exports.slice(before);
  expect(exports).toHaveLength(1);
  return { endpoint: url, export: exports[0]! };
}

describe("README tracing recipes", () => {
  it("Langfuse: /api/public/otel/v1/traces, Basic base64(public:secret), ingestion version 4", async () => {
    const { endpoint, export: sent } = await send("langfuse");
    expect(endpoint.origin).toBe("https://cloud.langfuse.com");
    expect(sent.path).toBe("/api/public/otel/v1/traces");
    expect(sent.headers.authorization).toBe(
      `Basic ${Buffer.from("pk-lf-1234abcd:sk-lf-5678efgh").toString("base64")}`,
    );
    expect(sent.headers["x-langfuse-ingestion-version"]).toBe("4");
    expect(sent.spans.map((s) => s.name)).toEqual(["promptgate review"]);
  });

  it("LangSmith: /otel/v1/traces with x-api-key and Langsmith-Project", async () => {
    const { endpoint, export: sent } = await send("langsmith");
    expect(endpoint.origin).toBe("https://api.smith.langchain.com");
    expect(sent.path).toBe("/otel/v1/traces");
    expect(sent.headers["x-api-key"]).toBe("lsv2_pt_0123456789abcdef");
    expect(sent.headers["langsmith-project"]).toBe("promptgate");
  });

  it("LangWatch: /api/otel/v1/traces with the API key as a bearer token", async () => {
    const { endpoint, export: sent } = await send("langwatch");
    expect(endpoint.origin).toBe("https://app.langwatch.ai");
    expect(sent.path).toBe("/api/otel/v1/traces");
    expect(sent.headers.authorization).toBe("Bearer sk-lw-0123456789abcdef");
  });

  it("OpenTelemetry Collector: the OTLP/HTTP receiver's /v1/traces", async () => {
    const { endpoint, export: sent } = await send("collector");
    expect(endpoint.port).toBe("4318");
    expect(sent.path).toBe("/v1/traces");
    expect(sent.headers.authorization).toBe("Bearer collector-token-0123456789");
    expect(sent.headers["content-type"]).toContain("application/json");
  });
});
