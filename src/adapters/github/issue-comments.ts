// Plain comments and reactions on a pull request: the App's answer to a `/promptgate` command and its 👀.
import { type GitHubClient, requestData } from "./octokit.js";

export async function postComment(
  client: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number; body: string },
): Promise<void> {
  await requestData(client, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: target.body,
  });
}

export async function reactToComment(
  client: GitHubClient,
  target: { owner: string; repo: string; commentId: number; content: "eyes" },
): Promise<void> {
  await client.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
    owner: target.owner,
    repo: target.repo,
    comment_id: target.commentId,
    content: target.content,
  });
}
