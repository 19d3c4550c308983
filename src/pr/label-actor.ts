// Who added a label to a pull request: the latest `labeled` event for it in the issue's event list.
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
}

/** The login that last added `label`, or undefined when the events do not say (e.g. a deleted account). */
export async function findLabelActor(client: GitHubClient, target: LabelTarget): Promise<string | undefined> {
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
  return added?.actor?.login ?? undefined;
}
