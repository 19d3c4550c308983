// GitHub API failures the adapters recognise: HTTP statuses by shape, and a token missing a permission.

/** True when `error` is an Octokit RequestError (any version) with this HTTP status. */
export function isHttpError(error: unknown, ...statuses: number[]): boolean {
  if (typeof error !== "object" || error === null || !("status" in error)) return false;
  return statuses.includes((error as { status: unknown }).status as number);
}

/** The error message GitHub sent, when there is one. */
export function readErrorMessage(error: unknown): string {
  if (typeof error !== "object" || error === null) return String(error);
  const data = (error as { response?: { data?: { message?: unknown } } }).response?.data;
  if (typeof data?.message === "string") return data.message;
  return error instanceof Error ? error.message : String(error);
}

/** A write GitHub refused because the token lacks a permission; says how to grant it. */
export class MissingPermissionError extends Error {
  /** The permission to grant, as written in a workflow's `permissions:` block, e.g. `checks: write`. */
  readonly permission: string;

  constructor(permission: string, action: string) {
    super(
      `GitHub refused to ${action}: the token lacks the \`${permission}\` permission ` +
        `("Resource not accessible by integration"). In the workflow, add to the job:\n` +
        `  permissions:\n    contents: read\n    ${permission}\n` +
        "(with a `permissions:` block every permission not listed is none). For the promptgate App, " +
        `grant \`${permission}\` in the App's settings and accept the new permissions on the installation. ` +
        "Pull requests from forks get a read-only GITHUB_TOKEN: review them with the App instead.",
    );
    this.name = "MissingPermissionError";
    this.permission = permission;
  }
}

/** GitHub's 403 when the repository or organisation does not let workflows open pull requests. */
const ACTIONS_PULL_REQUESTS_DISABLED = /GitHub Actions is not permitted to create or approve pull requests/i;

/** The token has the permission, but a repository (or organisation) setting forbids the write. */
export class RepositorySettingError extends Error {
  constructor(action: string) {
    super(
      `GitHub refused to ${action}: "GitHub Actions is not permitted to create or approve pull requests". ` +
        "The token's permissions are not the problem: the repository forbids workflows to open pull requests. " +
        "Allow it in Settings → Actions → General → Workflow permissions → " +
        '"Allow GitHub Actions to create and approve pull requests" (in an organisation, first in the ' +
        "organisation's Settings → Actions → General), or run the rollback with the promptgate App.",
    );
    this.name = "RepositorySettingError";
  }
}

export function isActionsPullRequestsDisabled(error: unknown): boolean {
  return isHttpError(error, 403) && ACTIONS_PULL_REQUESTS_DISABLED.test(readErrorMessage(error));
}

/**
 * A 403 on a write means the token lacks the permission, unless GitHub says it is a rate limit or a
 * repository setting (which no `permissions:` block can change).
 */
export function isPermissionDenied(error: unknown): boolean {
  if (!isHttpError(error, 403) || isActionsPullRequestsDisabled(error)) return false;
  return !/rate limit/i.test(readErrorMessage(error));
}

/** Runs a write; a permission 403 becomes a MissingPermissionError naming `permission`. */
export async function withPermission<T>(
  permission: string,
  action: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isActionsPullRequestsDisabled(error)) throw new RepositorySettingError(action);
    if (isPermissionDenied(error)) throw new MissingPermissionError(permission, action);
    throw error;
  }
}
