// The Langfuse experiment export against a local fake of its public API: the requests the SDK sends, both
// versions recorded as runs of one dataset, stable ids on a re-run, and the compare link.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLangfuseRecorder } from "../../../src/adapters/experiments/langfuse.js";
import { buildStableUuid } from "../../../src/core/report/experiment.js";
import {
  FAKE_LANGFUSE_PROJECT,
  type FakeLangfuse,
  startFakeLangfuse,
} from "../../support/fake-vendors/fake-langfuse.js";
import { sampleExperiment } from "../../support/fake-vendors/sample-experiment.js";

let fake: FakeLangfuse;
beforeEach(async () => {
  fake = await startFakeLangfuse();
});
afterEach(() => fake.close());

const recorder = () =>
  createLangfuseRecorder({
    baseUrl: fake.url,
    publicKey: "pk-lf-test",
    secretKey: "sk-lf-secret",
    timeoutSeconds: 5,
    maxRetries: 0,
  });

describe("Langfuse experiments", () => {
  it("records base and head as two runs of the prompt's dataset and links their compare view", async () => {
    const link = await recorder().recordExperiment(sampleExperiment());

    const auth = `Basic ${Buffer.from("pk-lf-test:sk-lf-secret").toString("base64")}`;
    expect(fake.requests.length).toBeGreaterThan(0);
    for (const req of fake.requests) expect(req.headers.authorization).toBe(auth);
    const dataset = fake.datasets.get("promptgate/prompts/support.prompt.yml");
    expect(dataset).toBeDefined();
    expect([...fake.items.values()].map((i) => i.input)).toEqual([
      { question: "Can I get a refund?" },
      { question: "How long is shipping?" },
    ]);
    expect([...fake.runs.keys()].map((k) => k.split("\u0000")[1])).toEqual(["base 1111111", "head 2222222"]);
    const [baseRun, headRun] = [...fake.runs.values()];
    expect(baseRun!.items).toHaveLength(2);
    expect(headRun!.items).toHaveLength(2);
    // Each run item points at a trace that carries that version's answer and its pass rate.
    const shippingHead = headRun!.items.find(
      (i) => i.datasetItemId === buildStableUuid("langfuse-item", "prompts/support.prompt.yml", "shipping"),
    )!;
    expect(fake.traces.get(shippingHead.traceId)).toEqual({
      input: { question: "How long is shipping?" },
      output: "I cannot say.",
    });
    expect(fake.scores.find((s) => s.traceId === shippingHead.traceId)).toEqual({
      traceId: shippingHead.traceId,
      name: "pass_rate",
      value: 0,
    });
    expect(link).toEqual({
      vendor: "Langfuse",
      url: `${fake.url}/project/${FAKE_LANGFUSE_PROJECT}/datasets/${dataset!.id}/compare?runs=${baseRun!.id}&runs=${headRun!.id}`,
    });
  });

  it("sends the documented request bodies", async () => {
    await recorder().recordExperiment(sampleExperiment());
    const item = fake.requests.find((r) => r.path === "/api/public/dataset-items")!;
    expect(item.method).toBe("POST");
    expect(item.body).toMatchObject({
      datasetName: "promptgate/prompts/support.prompt.yml",
      metadata: { caseId: "refund" },
    });
    const runItem = fake.requests.find((r) => r.path === "/api/public/dataset-run-items")!;
    expect(runItem.body).toMatchObject({
      runName: "base 1111111",
      metadata: { version: "base", ref: "main" },
    });
    expect((runItem.body as { traceId: string }).traceId).toMatch(/^[0-9a-f]{32}$/);
    const ingestion = fake.requests.find((r) => r.path === "/api/public/ingestion")!;
    const types = (ingestion.body as { batch: Array<{ type: string }> }).batch.map((e) => e.type);
    expect(types.filter((t) => t === "trace-create")).toHaveLength(4);
    expect(types.filter((t) => t === "score-create")).toHaveLength(4);
  });

  it("updates the same dataset items and traces on a re-run instead of adding copies", async () => {
    await recorder().recordExperiment(sampleExperiment());
    const first = {
      datasets: fake.datasets.size,
      items: [...fake.items.keys()],
      traces: [...fake.traces.keys()],
    };
    await recorder().recordExperiment(sampleExperiment());
    expect(fake.datasets.size).toBe(first.datasets);
    expect([...fake.items.keys()]).toEqual(first.items);
    expect([...fake.traces.keys()]).toEqual(first.traces);
  });

  it("looks up the keys' project once for all the prompts of a review", async () => {
    const langfuse = recorder();
    const other = { ...sampleExperiment(), promptPath: "prompts/other.prompt.yml" };
    const [first, second] = [
      await langfuse.recordExperiment(sampleExperiment()),
      await langfuse.recordExperiment(other),
    ];
    expect(fake.requests.filter((r) => r.path === "/api/public/projects")).toHaveLength(1);
    expect(first.url).toContain(`/project/${FAKE_LANGFUSE_PROJECT}/`);
    expect(second.url).toContain(`/project/${FAKE_LANGFUSE_PROJECT}/`);
  });

  it("fails with the HTTP status when Langfuse answers 500", async () => {
    fake.failWith(500);
    const error = await recorder()
      .recordExperiment(sampleExperiment())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 500 });
  });
});
