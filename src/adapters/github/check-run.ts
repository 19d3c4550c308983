// The `promptgate` check run on the PR head: started once per head SHA, then completed with output and annotations.

import { z } from "zod";
import { formatInt } from "../../core/format/count.js";
import { chunkAnnotations } from "../../render/annotations.js";
import { MAX_CHECK_SUMMARY_CHARS, MAX_CHECK_TEXT_CHARS, MAX_CHECK_TITLE_CHARS } from "../../render/limits.js";
import { withPermission } from "./errors.js";
import { type GitHubClient, requestParsed } from "./octokit.js";

export const CHECK_NAME = "promptgate";

export type CheckRunConclusion =
  | "success"
  | "failure"
  | "neutral"
  | "cancelled"
  | "skipped"
  | "timed_out"
  | "action_required";

/** GitHub's annotation object, as `src/render/annotations.ts` builds it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
  start_column?: number;
  end_column?: number;
}

export interface StartCheckRunInput {
  owner: string;
  repo: string;
  headSha: string;
  name?: string;
  detailsUrl?: string;
  /** Marks the runs promptgate creates; only runs carrying it are reused. Default `promptgate`. */
  externalId?: string;
  /**
   * Slug of the app the token belongs to (`github-actions` for GITHUB_TOKEN, the App's slug): an unfinished
   * run is reused only when that app created it, since no app may update another's run.
   */
  appSlug?: string;
}

/** A run that waits for something (e.g. a maintainer's label): queued, so a required check does not pass. */
export interface PendingCheckRunInput extends StartCheckRunInput {
  title: string;
  summary: string;
}

export interface CompleteCheckRunInput {
  owner: string;
  repo: string;
  checkRunId: number;
  conclusion: CheckRunConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

/** The fields of a check run promptgate reads: to reuse an unfinished run, or to tell whether a review finished. */
const checkRunSchema = z.object({
  id: z.number(),
  status: z.string(),
  conclusion: z.string().nullish(),
  html_url: z.string().optional(),
  external_id: z.string().nullish(),
  app: z.object({ slug: z.string().optional() }).nullish(),
});

type CheckRun = z.infer<typeof checkRunSchema>;

export const CHECK_EXTERNAL_ID = "promptgate";

const PERMISSION = "checks: write";

const REVIEWING = {
  title: "Reviewing prompt changes",
  summary: "promptgate is running the eval sets of the changed prompts.",
};

/** `promptgate` for `promptgate[bot]`, `github-actions` for `github-actions[bot]`; undefined for a user. */
export function findAppSlug(identity: string): string | undefined {
  const match = /^(.+)\[bot\]$/i.exec(identity);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** Starts the check as in progress, reusing an unfinished run of ours on the same SHA so re-runs don't stack. */
export function startCheckRun(client: GitHubClient, input: StartCheckRunInput): Promise<{ id: number }> {
  return writeOpenRun(client, input, "in_progress", REVIEWING);
}

/** Creates (or moves back to) a queued run with this output: idempotent per head SHA. */
export function upsertPendingCheckRun(
  client: GitHubClient,
  input: PendingCheckRunInput,
): Promise<{ id: number }> {
  return writeOpenRun(client, input, "queued", { title: input.title, summary: input.summary });
}

function writeOpenRun(
  client: GitHubClient,
  input: StartCheckRunInput,
  status: "queued" | "in_progress",
  output: { title: string; summary: string },
): Promise<{ id: number }> {
  const { owner, repo, headSha, name = CHECK_NAME, externalId = CHECK_EXTERNAL_ID } = input;
  // Listing runs needs `checks: read`, which `checks: write` includes: one permission covers both calls.
  return withPermission(PERMISSION, `create the ${name} check run`, async () => {
    const unfinished = await findUnfinishedRun(client, { ...input, name, externalId });
    if (unfinished) {
      if (unfinished.status !== status) {
        await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
          owner,
          repo,
          check_run_id: unfinished.id,
          status,
          output,
        });
      }
      return { id: unfinished.id };
    }
    const parameters = {
      owner,
      repo,
      name,
      head_sha: headSha,
      status,
      external_id: externalId,
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      output,
    };
    const route = "POST /repos/{owner}/{repo}/check-runs";
    const created = await requestParsed(client, route, parameters, checkRunSchema);
    return { id: created.id };
  });
}

async function findUnfinishedRun(
  client: GitHubClient,
  input: StartCheckRunInput & { name: string; externalId: string },
): Promise<CheckRun | undefined> {
  const runs = await listLatestRuns(client, input);
  return runs.find(
    (run) =>
      run.status !== "completed" &&
      run.external_id === input.externalId &&
      (input.appSlug === undefined || run.app?.slug?.toLowerCase() === input.appSlug),
  );
}

/** The latest runs of that name on the commit (GitHub's `filter: latest`). */
async function listLatestRuns(
  client: GitHubClient,
  target: { owner: string; repo: string; headSha: string; name: string },
): Promise<CheckRun[]> {
  const { owner, repo, headSha, name } = target;
  const answer = await requestParsed(
    client,
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    { owner, repo, ref: headSha, check_name: name, filter: "latest" },
    z.object({ check_runs: z.array(checkRunSchema) }),
  );
  return answer.check_runs;
}

export interface CheckRunState {
  id: number;
  status: "queued" | "in_progress" | "completed" | string;
  conclusion: string | null;
  htmlUrl?: string;
}

/** The newest run of that name on the commit, to tell whether a review of it finished; with `appSlug`, only one that app created. */
export async function findLatestCheckRun(
  client: GitHubClient,
  target: { owner: string; repo: string; headSha: string; name?: string; appSlug?: string },
): Promise<CheckRunState | undefined> {
  const runs = await listLatestRuns(client, { ...target, name: target.name ?? CHECK_NAME });
  const run = runs.find(
    (candidate) => target.appSlug === undefined || candidate.app?.slug?.toLowerCase() === target.appSlug,
  );
  if (!run) return undefined;
  return {
    id: run.id,
    status: run.status,
    conclusion: run.conclusion ?? null,
    ...(run.html_url ? { htmlUrl: run.html_url } : {}),
  };
}

/**
 * Completes the run. GitHub takes 50 annotations per request and appends those of later updates,
 * so the first 50 ride on the completing PATCH and the rest follow in batches with the same output.
 */
export async function completeCheckRun(client: GitHubClient, input: CompleteCheckRunInput): Promise<void> {
  const { owner, repo, checkRunId } = input;
  const title = trimToLimit(input.title, MAX_CHECK_TITLE_CHARS);
  const summary = trimToLimit(input.summary, MAX_CHECK_SUMMARY_CHARS);
  const text = input.text === undefined ? undefined : trimToLimit(input.text, MAX_CHECK_TEXT_CHARS);
  const batches = chunkAnnotations(input.annotations ?? []);
  const route = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";
  await withPermission(PERMISSION, "complete the promptgate check run", async () => {
    await client.request(route, {
      owner,
      repo,
      check_run_id: checkRunId,
      status: "completed",
      conclusion: input.conclusion,
      output: { title, summary, ...(text === undefined ? {} : { text }), annotations: batches[0] ?? [] },
    });
    for (const annotations of batches.slice(1)) {
      await client.request(route, {
        owner,
        repo,
        check_run_id: checkRunId,
        output: { title, summary, annotations },
      });
    }
  });
}

/** Cuts `text` to at most `max` characters including a note saying it was cut. */
export function trimToLimit(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = `\n\n… trimmed to GitHub's ${formatInt(max)}-character limit`;
  if (note.length >= max) return text.slice(0, max);
  let end = max - note.length;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${note}`;
}
