// `promptgate eval FILE --trace FILE` against the local model server: one trace whose call spans carry the
// tokens the eval report counts, and no prompt text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { EvalReport } from "../../src/core/report/eval-report.js";
import { useFakeProvider } from "../support/fake-provider.js";
import { attr, spansOf } from "../support/otlp-receiver.js";
import { runCliCaptured } from "../support/run-cli.js";

useFakeProvider();
const dir = mkdtempSync(join(tmpdir(), "promptgate-eval-trace-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eval --trace FILE", () => {
  it("writes one trace: a root for the run, the prompt, a span per call with the report's tokens", async () => {
    writeFileSync(
      join(dir, "cities.prompt.yml"),
      `model: gpt-4o-mini
messages:
  - role: system
    content: Repeat the city name.
  - role: user
    content: "{{city}}"
testData:
  - city: Lisbon
  - city: Oslo
evaluators:
  - name: names the city
    string:
      contains: "{{city}}"
`,
    );
    const trace = join(dir, "trace.jsonl");
    const json = join(dir, "report.json");
    const args = ["eval", join(dir, "cities.prompt.yml"), "--repo", dir, "--repeats", "2", "--no-cache"];
    const run = await runCliCaptured([...args, "--json", json, "--trace", trace]);
    expect(run.code).not.toBe(2);
    const report = JSON.parse(readFileSync(json, "utf8")) as EvalReport;
    const spans = readFileSync(trace, "utf8")
      .trim()
      .split("\n")
      .flatMap((line) => spansOf(JSON.parse(line)));
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    const root = spans.find((s) => !s.parentSpanId)!;
    expect(root.name).toBe("promptgate eval");
    expect(attr(root, "promptgate.pass_rate")).toBe(report.passRate);
    const calls = spans.filter((s) => attr(s, "gen_ai.operation.name") === "chat");
    expect(calls).toHaveLength(report.calls.total);
    const sum = (key: string) => calls.reduce((n, c) => n + (attr(c, key) as number), 0);
    expect(sum("gen_ai.usage.input_tokens")).toBe(report.tokens.input);
    expect(sum("gen_ai.usage.output_tokens")).toBe(report.tokens.output);
    expect(readFileSync(trace, "utf8")).not.toContain("Repeat the city name");
  });
});
