// Records a prompt's base and head as two dataset runs in Langfuse through its SDK (`@langfuse/client`).
import { LangfuseClient } from "@langfuse/client";
import {
  buildDatasetName,
  buildStableUuid,
  type ExperimentAnswer,
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

export interface LangfuseOptions {
  baseUrl: string;
  publicKey: string;
  secretKey: string;
  /** Per request; the review waits for the link. */
  timeoutSeconds: number;
  /** Retries of a 5xx / 429 answer (the SDK's own backoff). */
  maxRetries: number;
}

type IngestionBatch = Parameters<LangfuseClient["api"]["ingestion"]["batch"]>[0]["batch"];

/** Langfuse's ingestion endpoint takes batches of a few MB; 100 events stay well under. */
const INGESTION_BATCH = 100;

type RequestOptions = { timeoutInSeconds: number; maxRetries: number };

/** The client and the keys' project, set up once: every prompt of a review is recorded in the same project. */
interface LangfuseSession {
  client: LangfuseClient;
  baseUrl: string;
  request: RequestOptions;
  projectId(): Promise<string>;
}

export function createLangfuseRecorder(options: LangfuseOptions): ExperimentRecorder {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const client = new LangfuseClient({
    publicKey: options.publicKey,
    secretKey: options.secretKey,
    baseUrl,
    timeout: options.timeoutSeconds,
  });
  const request = { timeoutInSeconds: options.timeoutSeconds, maxRetries: options.maxRetries };
  let project: Promise<string> | undefined;
  const projectId = () => {
    project ??= findProjectId(client, request).catch((error: unknown) => {
      project = undefined; // A failed lookup is asked again for the next prompt.
      throw error;
    });
    return project;
  };
  const session: LangfuseSession = { client, baseUrl, request, projectId };
  return {
    vendor: "Langfuse",
    recordExperiment: (experiment) => recordInLangfuse(session, experiment),
  };
}

async function recordInLangfuse(
  { client, baseUrl, request, projectId: lookUpProject }: LangfuseSession,
  experiment: PromptExperiment,
): Promise<ExperimentLink> {
  const projectId = await lookUpProject();
  const datasetName = buildDatasetName(experiment.promptPath);
  // Creating a dataset that exists returns it (Langfuse upserts on the name).
  const dataset = await client.api.datasets.create(
    {
      name: datasetName,
      description: `Eval set of ${experiment.promptPath}, recorded by promptgate`,
      metadata: { promptPath: experiment.promptPath },
    },
    request,
  );
  const datasetId = requireId(dataset.id, "Langfuse datasets.create: no dataset id");
  await runLimited(experiment.cases, (c) =>
    client.api.datasetItems.create(
      { id: itemId(experiment, c), datasetName, input: c.input, metadata: { caseId: c.id } },
      request,
    ),
  );
  for (const batch of inBatches(buildTraceEvents(experiment), INGESTION_BATCH)) {
    const answer = await client.api.ingestion.batch({ batch }, request);
    const failed = answer.errors?.[0];
    if (failed) {
      throw Object.assign(
        new Error(`Langfuse ingestion rejected an event (${failed.message ?? "no reason"})`),
        {
          statusCode: failed.status,
        },
      );
    }
  }
  const baseRun = await linkRun(client, request, experiment, "base");
  const headRun = await linkRun(client, request, experiment, "head");
  const query = new URLSearchParams([
    ["runs", baseRun],
    ["runs", headRun],
  ]);
  return {
    vendor: "Langfuse",
    url: `${baseUrl}/project/${encodeURIComponent(projectId)}/datasets/${encodeURIComponent(datasetId)}/compare?${query}`,
  };
}

async function findProjectId(client: LangfuseClient, request: RequestOptions): Promise<string> {
  const projects = await client.api.projects.get(request);
  return requireId(projects.data?.[0]?.id, "Langfuse projects: no project for these keys");
}

/** Links each case's trace of one version to its dataset item, in the run of that version; returns the run id. */
async function linkRun(
  client: LangfuseClient,
  request: RequestOptions,
  experiment: PromptExperiment,
  version: "base" | "head",
): Promise<string> {
  const about = experiment[version];
  const runIds = await runLimited(experiment.cases, async (c) => {
    const item = await client.api.datasetRunItems.create(
      {
        runName: versionLabel(version, about.sha),
        runDescription: `${version} (${about.ref}) of ${experiment.promptPath}`,
        metadata: { ...about, version },
        datasetItemId: itemId(experiment, c),
        traceId: traceId(experiment, c, version),
      },
      request,
    );
    return requireId(item.datasetRunId, "Langfuse datasetRunItems.create: no datasetRunId");
  });
  return runIds[0]!;
}

/** One trace per case and version, carrying the answers, and its scores. */
function buildTraceEvents(experiment: PromptExperiment): IngestionBatch {
  const timestamp = new Date().toISOString();
  const events: IngestionBatch = [];
  for (const c of experiment.cases) {
    for (const version of ["base", "head"] as const) {
      const id = traceId(experiment, c, version);
      const answer: ExperimentAnswer = c[version];
      events.push({
        type: "trace-create",
        id: buildStableUuid("langfuse-event", id),
        timestamp,
        body: {
          id,
          timestamp,
          name: `promptgate ${experiment.promptPath}`,
          input: c.input,
          output: answerOutput(answer),
          metadata: { caseId: c.id, version, sha: experiment[version].sha, failed: answer.failed },
          tags: ["promptgate", version],
        },
      });
      events.push({
        type: "score-create",
        id: buildStableUuid("langfuse-event", id, "pass_rate"),
        timestamp,
        body: {
          id: buildStableUuid("langfuse-score", id, "pass_rate"),
          traceId: id,
          name: "pass_rate",
          value: answer.passRate,
          dataType: "NUMERIC",
          ...failureComment(answer),
        },
      });
    }
  }
  return events;
}

/** Dataset item ids are unique per Langfuse project: the prompt path is part of them. */
function itemId(experiment: PromptExperiment, c: ExperimentCase): string {
  return buildStableUuid("langfuse-item", experiment.promptPath, c.id);
}

/** A W3C-style trace id (32 hex), the same for the same version's answer to the same case. */
function traceId(experiment: PromptExperiment, c: ExperimentCase, version: "base" | "head"): string {
  return buildStableUuid("langfuse-trace", experiment.promptPath, experiment[version].sha, c.id).replace(
    /-/g,
    "",
  );
}
