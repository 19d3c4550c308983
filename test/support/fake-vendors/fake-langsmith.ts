// A fake of the LangSmith API routes a dataset experiment uses (datasets, examples through the multipart
// platform endpoint, sessions with a reference dataset, runs, feedback), recording every request.
import { randomUUID } from "node:crypto";
import { type RecordedRequest, type RecordingServer, startRecordingServer } from "./recording-server.js";

export const FAKE_LANGSMITH_TENANT = "tenant-fake-1";

interface Session {
  id: string;
  name: string;
  referenceDatasetId: string;
  ended: boolean;
}

export interface FakeLangSmith extends RecordingServer {
  datasets: Map<string, { id: string; name: string }>;
  examples: Map<string, { datasetId: string; inputs: unknown }>;
  sessions: Session[];
  runs: Array<{ id: string; session: string; referenceExampleId: string; outputs: unknown }>;
  feedback: Array<{ runId: string; key: string; score: number; sessionId: string }>;
}

export async function startFakeLangSmith(): Promise<FakeLangSmith> {
  const datasets = new Map<string, { id: string; name: string }>();
  const examples = new Map<string, { datasetId: string; inputs: unknown }>();
  const sessions: Session[] = [];
  const runs: FakeLangSmith["runs"] = [];
  const feedback: FakeLangSmith["feedback"] = [];
  const route = (req: RecordedRequest) => {
    const body = req.body as Record<string, unknown>;
    const key = `${req.method} ${req.path}`;
    if (key === "GET /info")
      return {
        status: 200,
        body: { version: "0.10.0", instance_flags: { dataset_examples_multipart_enabled: true } },
      };
    if (key === "GET /datasets") {
      const found = [...datasets.values()].filter((d) => d.name === req.query.get("name"));
      return { status: 200, body: found };
    }
    if (key === "POST /datasets") {
      const dataset = { id: randomUUID(), name: String(body.name) };
      datasets.set(dataset.name, dataset);
      return { status: 200, body: dataset };
    }
    if (key === "GET /examples") {
      const ids = req.query.getAll("id");
      const found = ids.filter((id) => examples.get(id)?.datasetId === req.query.get("dataset"));
      return { status: 200, body: found.map((id) => ({ id, dataset_id: examples.get(id)!.datasetId })) };
    }
    const upload = /^POST \/v1\/platform\/datasets\/([^/]+)\/examples$/.exec(key);
    if (upload) {
      const parts = body as Record<string, unknown>;
      const ids = Object.keys(parts).filter((name) => !name.includes("."));
      for (const id of ids) {
        if (examples.has(id)) return { status: 409, body: { detail: `example ${id} exists` } };
        examples.set(id, { datasetId: upload[1]!, inputs: parts[`${id}.inputs`] });
      }
      return { status: 201, body: { example_ids: ids, count: ids.length } };
    }
    const example = /^GET \/examples\/([^/]+)$/.exec(key);
    if (example)
      return { status: 200, body: { id: example[1], dataset_id: examples.get(example[1]!)?.datasetId } };
    if (key === "POST /sessions") {
      if (sessions.some((s) => s.name === body.name))
        return { status: 409, body: { detail: "session exists" } };
      const session = {
        id: randomUUID(),
        name: String(body.name),
        referenceDatasetId: String(body.reference_dataset_id),
        ended: false,
      };
      sessions.push(session);
      return { status: 200, body: { id: session.id, name: session.name, tenant_id: FAKE_LANGSMITH_TENANT } };
    }
    const patch = /^PATCH \/sessions\/([^/]+)$/.exec(key);
    if (patch) {
      const session = sessions.find((s) => s.id === patch[1]);
      if (session && body.end_time) session.ended = true;
      return { status: 200, body: {} };
    }
    if (key === "POST /runs") {
      runs.push({
        id: String(body.id),
        session: String(body.session_name),
        referenceExampleId: String(body.reference_example_id),
        outputs: body.outputs,
      });
      return { status: 202, body: {} };
    }
    if (key === "POST /feedback") {
      feedback.push({
        runId: String(body.run_id),
        key: String(body.key),
        score: Number(body.score),
        sessionId: String(body.session_id),
      });
      return { status: 200, body: { id: body.id } };
    }
    return { status: 404, body: { detail: `no route ${key}` } };
  };
  const server = await startRecordingServer(route);
  return Object.assign(server, { datasets, examples, sessions, runs, feedback });
}
