// The run's context from the runner's environment: event name and payload, repository, API URL, paths.
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { z } from "zod";
import { InputError } from "../core/diagnostics.js";

const repoSchema = z.looseObject({
  full_name: z.string(),
  default_branch: z.string().optional(),
  /** Last push to the repository: ISO in pull_request payloads, Unix seconds in some others. */
  pushed_at: z.union([z.string(), z.number()]).nullable().optional(),
});

const pullRequestSchema = z.looseObject({
  number: z.number().int(),
  html_url: z.string().optional(),
  base: z.looseObject({ sha: z.string(), ref: z.string(), repo: repoSchema }),
  // A PR whose fork was deleted has `head.repo: null`.
  head: z.looseObject({ sha: z.string(), ref: z.string(), repo: repoSchema.nullable() }),
  labels: z.array(z.looseObject({ name: z.string() })).default([]),
  user: z.looseObject({ login: z.string() }).optional(),
});

export const eventPayloadSchema = z.looseObject({
  action: z.string().optional(),
  /** `synchronize`: the head before the push. */
  before: z.string().optional(),
  pull_request: pullRequestSchema.optional(),
  label: z.looseObject({ name: z.string() }).optional(),
  sender: z.looseObject({ login: z.string() }).optional(),
  repository: repoSchema.optional(),
});

export type EventPayload = z.infer<typeof eventPayloadSchema>;
export type PullRequestPayload = z.infer<typeof pullRequestSchema>;

export interface ActionContext {
  eventName: string;
  payload: EventPayload;
  owner: string;
  repo: string;
  apiUrl: string;
  /** Link to this workflow run, for the check's details and the comment's footer. */
  runUrl?: string;
  /** Per-job scratch directory: the report and the response cache live here. */
  tempDir: string;
}

/** Reads the runner's variables once; throws an InputError naming the variable when one is missing or bad. */
export function readActionContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const eventName = requireVariable(env, "GITHUB_EVENT_NAME");
  const [owner, repo, extra] = requireVariable(env, "GITHUB_REPOSITORY").split("/");
  if (!owner || !repo || extra !== undefined) {
    throw new InputError({
      file: "(environment)",
      field: "GITHUB_REPOSITORY",
      message: "must be owner/name",
    });
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  return {
    eventName,
    payload: readEventPayload(requireVariable(env, "GITHUB_EVENT_PATH")),
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    tempDir: env.RUNNER_TEMP || tmpdir(),
  };
}

export function readEventPayload(path: string): EventPayload {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError({
      file: path,
      message: `cannot read the event payload: ${(error as Error).message}`,
    });
  }
  const result = eventPayloadSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError({ file: path, field: issue.path.join("."), message: issue.message });
  }
  return result.data;
}

function requireVariable(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) {
    throw new InputError({
      file: "(environment)",
      field: name,
      message: "is not set: promptgate runs as a step of a GitHub Actions job",
    });
  }
  return value;
}
