// The latest `promptgate` check run on a commit, to tell whether a review of that commit already finished.
import { CHECK_NAME } from "../adapters/github/check-run.js";
import { type GitHubClient, requestData } from "../adapters/github/octokit.js";

export interface CheckRunState {
  id: number;
  status: "queued" | "in_progress" | "completed" | string;
  conclusion: string | null;
  htmlUrl?: string;
}

interface CheckRunData {
  id: number;
  status: string;
  conclusion: string | null;
  html_url?: string;
  app?: { slug?: string } | null;
}

/** The newest run of that name on the commit; with `appSlug`, only one that app created. */
export async function findLatestCheckRun(
  client: GitHubClient,
  target: { owner: string; repo: string; headSha: string; name?: string; appSlug?: string },
): Promise<CheckRunState | undefined> {
  const data = await requestData<{ check_runs: CheckRunData[] }>(
    client,
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    {
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha,
      check_name: target.name ?? CHECK_NAME,
      filter: "latest",
    },
  );
  const run = data.check_runs.find(
    (candidate) => target.appSlug === undefined || candidate.app?.slug?.toLowerCase() === target.appSlug,
  );
  if (!run) return undefined;
  return {
    id: run.id,
    status: run.status,
    conclusion: run.conclusion,
    ...(run.html_url ? { htmlUrl: run.html_url } : {}),
  };
}
