// Who may steer promptgate from a PR comment: users with write access to the repository.
import { z } from "zod";
import { isHttpError } from "./errors.js";
import { type GitHubClient, requestParsed } from "./octokit.js";

/** An answer without either role field is unreadable, not "no access" nor "write". */
const permissionSchema = z
  .object({ permission: z.string().optional(), role_name: z.string().optional() })
  .refine((data) => data.permission !== undefined || data.role_name !== undefined, "no permission field");

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
    const data = await requestParsed(
      client,
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      { owner, repo, username },
      permissionSchema,
    );
    return WRITE_ROLES.has(data.permission ?? "") || WRITE_ROLES.has(data.role_name ?? "");
  } catch (error) {
    // Not a collaborator, or no such user.
    if (isHttpError(error, 404)) return false;
    throw error;
  }
}
