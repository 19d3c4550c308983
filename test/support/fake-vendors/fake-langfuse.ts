// A fake of the Langfuse public API routes a dataset experiment uses, with Langfuse's upsert semantics
// (datasets by name, items by id, runs by name within a dataset), recording every request.
import { type RecordedRequest, type RecordingServer, startRecordingServer } from "./recording-server.js";

export const FAKE_LANGFUSE_PROJECT = "proj-fake-1";

export interface FakeLangfuse extends RecordingServer {
  datasets: Map<string, { id: string; name: string }>;
  items: Map<string, { datasetName: string; input: unknown }>;
  runs: Map<string, { id: string; items: Array<{ datasetItemId: string; traceId: string }> }>;
  traces: Map<string, { input: unknown; output: unknown }>;
  scores: Array<{ traceId: string; name: string; value: number }>;
}

export async function startFakeLangfuse(): Promise<FakeLangfuse> {
  const datasets = new Map<string, { id: string; name: string }>();
  const items = new Map<string, { datasetName: string; input: unknown }>();
  const runs = new Map<string, { id: string; items: Array<{ datasetItemId: string; traceId: string }> }>();
  const traces = new Map<string, { input: unknown; output: unknown }>();
  const scores: Array<{ traceId: string; name: string; value: number }> = [];
  const route = (req: RecordedRequest) => {
    const body = req.body as Record<string, unknown>;
    const key = `${req.method} ${req.path}`;
    if (key === "GET /api/public/projects")
      return { status: 200, body: { data: [{ id: FAKE_LANGFUSE_PROJECT, name: "demo" }] } };
    if (key === "POST /api/public/v2/datasets") {
      const name = String(body.name);
      if (!datasets.has(name)) datasets.set(name, { id: `ds-${datasets.size + 1}`, name });
      return { status: 200, body: { ...datasets.get(name), projectId: FAKE_LANGFUSE_PROJECT } };
    }
    if (key === "POST /api/public/dataset-items") {
      if (!datasets.has(String(body.datasetName)))
        return { status: 404, body: { message: "dataset not found" } };
      items.set(String(body.id), { datasetName: String(body.datasetName), input: body.input });
      return { status: 200, body: { ...body, status: "ACTIVE" } };
    }
    if (key === "POST /api/public/ingestion") {
      const batch = body.batch as Array<{ id: string; type: string; body: Record<string, unknown> }>;
      for (const event of batch) {
        if (event.type === "trace-create")
          traces.set(String(event.body.id), { input: event.body.input, output: event.body.output });
        if (event.type === "score-create")
          scores.push({
            traceId: String(event.body.traceId),
            name: String(event.body.name),
            value: Number(event.body.value),
          });
      }
      return { status: 207, body: { successes: batch.map((e) => ({ id: e.id, status: 201 })), errors: [] } };
    }
    if (key === "POST /api/public/dataset-run-items") {
      const item = items.get(String(body.datasetItemId));
      if (!item) return { status: 404, body: { message: "dataset item not found" } };
      const runKey = `${item.datasetName}\u0000${String(body.runName)}`;
      if (!runs.has(runKey)) runs.set(runKey, { id: `run-${runs.size + 1}`, items: [] });
      const run = runs.get(runKey)!;
      run.items.push({ datasetItemId: String(body.datasetItemId), traceId: String(body.traceId) });
      return {
        status: 200,
        body: {
          id: `ri-${run.items.length}`,
          datasetRunId: run.id,
          datasetRunName: body.runName,
          datasetItemId: body.datasetItemId,
          traceId: body.traceId,
        },
      };
    }
    return { status: 404, body: { message: `no route ${key}` } };
  };
  const server = await startRecordingServer(route);
  return Object.assign(server, { datasets, items, runs, traces, scores });
}
