// Who may steer promptgate from a PR comment: users with write access to the repository.
import { isHttpError } from "./errors.js";
import { type GitHubClient, requestData } from "./octokit.js";

const WRITE_ROLES = new Set(["admin", "maintain", "write"]);

/**
 * `permission` is the legacy field (maintain reads as write, triage as read); `role_name` carries the
 * fine-grained role, including custom roles built on write.
 */
export async function hasWriteAccess(
  client: GitHubClient,
  { owner, repo, username }: { owner: string; repo: string; username: string },
): Promise<boolean> {
  try {
    const data = await requestData<{ permission?: string; role_name?: string }>(
      client,
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      { owner, repo, username },
    );
    return WRITE_ROLES.has(data.permission ?? "") || WRITE_ROLES.has(data.role_name ?? "");
  } catch (error) {
    // Not a collaborator, or no such user.
    if (isHttpError(error, 404)) return false;
    throw error;
  }
}
