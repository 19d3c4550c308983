// What the workflows outside a pull request need to know about the repository itself.
import { z } from "zod";
import { type GitHubClient, requestParsed } from "./octokit.js";

const repositorySchema = z.object({ default_branch: z.string().min(1) });

/** The default branch's name (`GET /repos/{owner}/{repo}`), for runs whose event payload does not carry it. */
export async function getDefaultBranch(client: GitHubClient, repo: { owner: string; repo: string }) {
  const answer = await requestParsed(client, "GET /repos/{owner}/{repo}", repo, repositorySchema);
  return answer.default_branch;
}
