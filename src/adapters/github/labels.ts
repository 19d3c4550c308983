// Labels on a pull request: the App adds the accept label for `/promptgate accept`; a new push takes it off;
// the issue's events say who added one and when.
import { isHttpError, withPermission } from "./errors.js";
import { type GitHubClient, listAllPages } from "./octokit.js";

export interface LabelTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  label: string;
}

/** Labels on pull requests are issue labels: the endpoints need `pull-requests: write` (or `issues: write`). */
const PERMISSION = "pull-requests: write";

export async function addLabel(client: GitHubClient, target: LabelTarget): Promise<void> {
  await withPermission(PERMISSION, `add the ${target.label} label`, () =>
    client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      labels: [target.label],
    }),
  );
}

/** Removes the label; a label that is already gone (404) is what we wanted. */
export async function removeLabel(client: GitHubClient, target: LabelTarget): Promise<void> {
  await withPermission(PERMISSION, `remove the ${target.label} label`, async () => {
    try {
      await client.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        name: target.label,
      });
    } catch (error) {
      if (!isHttpError(error, 404)) throw error;
    }
  });
}

interface IssueEvent {
  event: string;
  actor: { login: string } | null;
  label?: { name: string };
  created_at?: string;
}

export interface LabelEvent {
  /** Undefined when the events do not say (e.g. a deleted account). */
  actor?: string;
  /** When GitHub recorded the label being added (ISO 8601). */
  at?: string;
}

/** Who added a label, and when: the latest `labeled` event for it; undefined when it was never added. */
export async function findLabelEvent(
  client: GitHubClient,
  target: LabelTarget,
): Promise<LabelEvent | undefined> {
  const events = await listAllPages<IssueEvent>(
    client,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
    {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
    },
  );
  // Events come oldest first; the label may have been added, removed and added again.
  const added = events.filter((e) => e.event === "labeled" && e.label?.name === target.label).at(-1);
  if (!added) return undefined;
  return {
    ...(added.actor?.login ? { actor: added.actor.login } : {}),
    ...(added.created_at ? { at: added.created_at } : {}),
  };
}
