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

/** A 403 on a write means the token lacks the permission unless GitHub says it is a rate limit. */
export function isPermissionDenied(error: unknown): boolean {
  if (!isHttpError(error, 403)) return false;
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
    if (isPermissionDenied(error)) throw new MissingPermissionError(permission, action);
    throw error;
  }
}
