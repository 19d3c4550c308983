// The LangSmith experiment export against a local fake of its API: the requests the SDK sends, base and head as
// two experiments on one dataset, examples not duplicated on a re-run, and the compare link.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLangSmithRecorder } from "../../../src/adapters/experiments/langsmith.js";
import {
  FAKE_LANGSMITH_TENANT,
  type FakeLangSmith,
  startFakeLangSmith,
} from "../../support/fake-vendors/fake-langsmith.js";
import { sampleExperiment } from "../../support/fake-vendors/sample-experiment.js";

let fake: FakeLangSmith;
beforeEach(async () => {
  fake = await startFakeLangSmith();
});
afterEach(() => fake.close());

const recorder = () =>
  createLangSmithRecorder({ endpoint: fake.url, apiKey: "lsv2_pt_test", timeoutMs: 5000 });

describe("LangSmith experiments", () => {
  it("records base and head as two experiments on the prompt's dataset and links their comparison", async () => {
    const link = await recorder().recordExperiment(sampleExperiment());

    for (const req of fake.requests) expect(req.headers["x-api-key"]).toBe("lsv2_pt_test");
    const dataset = fake.datasets.get("promptgate/prompts/support.prompt.yml")!;
    expect(dataset).toBeDefined();
    expect([...fake.examples.values()]).toEqual([
      { datasetId: dataset.id, inputs: { question: "Can I get a refund?" } },
      { datasetId: dataset.id, inputs: { question: "How long is shipping?" } },
    ]);
    const [base, head] = fake.sessions;
    expect(base!.name).toMatch(/^base 1111111 · prompts\/support\.prompt\.yml · [0-9a-f]{8}$/);
    expect(head!.name).toMatch(/^head 2222222 · prompts\/support\.prompt\.yml · [0-9a-f]{8}$/);
    expect(fake.sessions.map((s) => [s.referenceDatasetId, s.ended])).toEqual([
      [dataset.id, true],
      [dataset.id, true],
    ]);
    // A run per case in each experiment, on its example, with the version's answer and a pass_rate feedback.
    for (const session of [base!, head!]) {
      const runs = fake.runs.filter((r) => r.session === session.name);
      expect(runs.map((r) => r.referenceExampleId).sort()).toEqual([...fake.examples.keys()].sort());
    }
    const shipping = [...fake.examples].find(([, e]) => JSON.stringify(e.inputs).includes("shipping"))![0];
    const headRun = fake.runs.find((r) => r.session === head!.name && r.referenceExampleId === shipping)!;
    expect(headRun.outputs).toEqual({ output: "I cannot say." });
    expect(fake.feedback.find((f) => f.runId === headRun.id)).toEqual({
      runId: headRun.id,
      key: "pass_rate",
      score: 0,
      sessionId: head!.id,
    });
    expect(link).toEqual({
      vendor: "LangSmith",
      url: `http://localhost:3000/o/${FAKE_LANGSMITH_TENANT}/datasets/${dataset.id}/compare?selectedSessions=${base!.id}%2C${head!.id}`,
    });
  });

  it("reuses the dataset and its examples on a re-run, with a new pair of experiments", async () => {
    await recorder().recordExperiment(sampleExperiment());
    const examples = [...fake.examples.keys()];
    await recorder().recordExperiment(sampleExperiment());
    expect(fake.datasets.size).toBe(1);
    expect([...fake.examples.keys()]).toEqual(examples);
    expect(fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/examples"))).toHaveLength(1);
    expect(fake.sessions).toHaveLength(4);
  });

  it("fails with the HTTP status when LangSmith refuses the key", async () => {
    fake.failWith(403);
    const error = await recorder()
      .recordExperiment(sampleExperiment())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
  });
});
