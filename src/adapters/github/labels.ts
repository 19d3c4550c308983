// Labels on a pull request: the App adds the accept label for `/promptgate accept`; a new push takes it off.
import { isHttpError, withPermission } from "./errors.js";
import type { GitHubClient } from "./octokit.js";

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
