// Who added a label to a pull request, and when: the latest `labeled` event for it in the issue's event list.
import { type GitHubClient, listAllPages } from "../adapters/github/octokit.js";

export interface LabelTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  label: string;
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

/** The latest `labeled` event for `label`, or undefined when it was never added. */
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

/** The login that last added `label`, or undefined when the events do not say (e.g. a deleted account). */
export async function findLabelActor(client: GitHubClient, target: LabelTarget): Promise<string | undefined> {
  return (await findLabelEvent(client, target))?.actor;
}
