// Records a prompt's base and head as two experiments on one dataset in LangSmith through its SDK (`langsmith`).
import { randomUUID } from "node:crypto";
import { Client } from "langsmith/client";
import {
  buildDatasetName,
  buildStableUuid,
  type ExperimentCase,
  type PromptExperiment,
} from "../../core/report/experiment.js";
import type { ExperimentLink } from "../../core/report/report.js";
import type { ExperimentRecorder } from "../../ports.js";
import {
  answerOutput,
  failureComment,
  inBatches,
  requireId,
  runLimited,
  versionLabel,
} from "./vendor-kit.js";

export interface LangSmithOptions {
  /** API URL, e.g. `https://api.smith.langchain.com` or `https://eu.api.smith.langchain.com`. */
  endpoint: string;
  apiKey: string;
  /** Per request; the review waits for the link. */
  timeoutMs: number;
}

interface Experiment {
  id: string;
  tenantId: string;
}

export function createLangSmithRecorder(options: LangSmithOptions): ExperimentRecorder {
  return {
    vendor: "LangSmith",
    recordExperiment: (experiment) => recordInLangSmith(options, experiment),
  };
}

async function recordInLangSmith(
  options: LangSmithOptions,
  experiment: PromptExperiment,
): Promise<ExperimentLink> {
  const client = new Client({
    apiUrl: options.endpoint,
    apiKey: options.apiKey,
    timeout_ms: options.timeoutMs,
    // Runs are posted one by one and awaited: nothing may stay queued when the review returns.
    autoBatchTracing: false,
    // No host details (git, OS, env names) in run metadata: only what the review says.
    omitTracedRuntimeInfo: true,
    disablePromptCache: true,
  });
  const datasetId = await findOrCreateDataset(client, experiment);
  await ensureExamples(client, datasetId, experiment);
  // One review's pair of experiments; a re-run makes a new pair, as LangSmith's own evaluate() does.
  const reviewId = randomUUID().slice(0, 8);
  const base = await recordVersion(client, { datasetId, reviewId, version: "base" }, experiment);
  const head = await recordVersion(client, { datasetId, reviewId, version: "head" }, experiment);
  const query = new URLSearchParams({ selectedSessions: `${base.id},${head.id}` });
  return {
    vendor: "LangSmith",
    url: `${client.getHostUrl()}/o/${encodeURIComponent(base.tenantId)}/datasets/${encodeURIComponent(datasetId)}/compare?${query}`,
  };
}

async function findOrCreateDataset(client: Client, experiment: PromptExperiment): Promise<string> {
  const datasetName = buildDatasetName(experiment.promptPath);
  try {
    const found = await client.readDataset({ datasetName });
    return requireId(found.id, "LangSmith readDataset: no dataset id");
  } catch (error) {
    // The SDK reports an empty answer as "not found"; anything else (auth, 5xx) is a real failure.
    if (!(error instanceof Error) || !/not found/i.test(error.message)) throw error;
  }
  const created = await client.createDataset(datasetName, {
    description: `Eval set of ${experiment.promptPath}, recorded by promptgate`,
    metadata: { promptPath: experiment.promptPath },
  });
  return requireId(created.id, "LangSmith createDataset: no dataset id");
}

/** Examples have ids from the prompt path and case id: the ones already there are not uploaded again. */
async function ensureExamples(
  client: Client,
  datasetId: string,
  experiment: PromptExperiment,
): Promise<void> {
  const ids = experiment.cases.map((c) => exampleId(experiment, c));
  const existing = new Set<string>();
  // In chunks, so the ids fit in a URL.
  for (const chunk of inBatches(ids, 100))
    for await (const example of client.listExamples({ datasetId, exampleIds: chunk }))
      existing.add(example.id);
  const missing = experiment.cases.filter((c) => !existing.has(exampleId(experiment, c)));
  if (missing.length === 0) return;
  await client.createExamples(
    missing.map((c) => ({
      id: exampleId(experiment, c),
      dataset_id: datasetId,
      inputs: c.input,
      metadata: { caseId: c.id },
    })),
  );
}

/** One experiment (a session with the dataset as reference) holding a run per case, with its feedback. */
async function recordVersion(
  client: Client,
  at: { datasetId: string; reviewId: string; version: "base" | "head" },
  experiment: PromptExperiment,
): Promise<Experiment> {
  const about = experiment[at.version];
  const started = new Date().toISOString();
  const project = await client.createProject({
    projectName: `${versionLabel(at.version, about.sha)} · ${experiment.promptPath} · ${at.reviewId}`,
    description: `${at.version} (${about.ref}) of ${experiment.promptPath}, recorded by promptgate`,
    referenceDatasetId: at.datasetId,
    metadata: { ...about, version: at.version, promptPath: experiment.promptPath },
  });
  const id = requireId(project.id, "LangSmith createProject: no experiment id");
  const tenantId = requireId(project.tenant_id, "LangSmith createProject: no tenant id");
  await runLimited(experiment.cases, async (c) => {
    const runId = buildStableUuid("langsmith-run", id, c.id);
    const answer = c[at.version];
    await client.createRun({
      id: runId,
      name: experiment.promptPath,
      run_type: "chain",
      project_name: project.name,
      reference_example_id: exampleId(experiment, c),
      inputs: c.input,
      outputs: { output: answerOutput(answer) },
      start_time: started,
      end_time: new Date().toISOString(),
      extra: { metadata: { caseId: c.id, failed: answer.failed } },
    });
    await client.createFeedback(runId, "pass_rate", {
      score: answer.passRate,
      sessionId: id,
      ...failureComment(answer),
    });
  });
  await client.updateProject(id, { endTime: new Date().toISOString() });
  return { id, tenantId };
}

function exampleId(experiment: PromptExperiment, c: ExperimentCase): string {
  return buildStableUuid("langsmith-example", experiment.promptPath, c.id);
}
