// Errors the Action turns into one actionable `core.setFailed` message at the edge.
import {
  MissingPermissionError,
  RepositorySettingError,
  readErrorMessage,
} from "../adapters/github/errors.js";
import { InputError } from "../core/diagnostics.js";

/** Prompts need model calls and no key reached the step. */
export class MissingApiKeyError extends Error {
  constructor(apiKeyEnv: string) {
    super(
      `no API key for the model provider: the \`openai-api-key\` input is empty and ${apiKeyEnv} is not set. ` +
        "Store the key as a repository secret and pass it to the step:\n" +
        `  with:\n    openai-api-key: \${{ secrets.${apiKeyEnv} }}\n` +
        "Pull requests from forks and Dependabot get no secrets under `pull_request`; " +
        "see the README's fork recipes. To review without calls, set `dry-run: true`.",
    );
    this.name = "MissingApiKeyError";
  }
}

/** One message per failure kind, saying what went wrong and what to change. */
export function describeActionError(error: unknown): string {
  if (
    error instanceof MissingPermissionError ||
    error instanceof RepositorySettingError ||
    error instanceof MissingApiKeyError
  ) {
    return `promptgate: ${error.message}`;
  }
  if (error instanceof InputError) return `promptgate could not review:\n${error.message}`;
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401) {
    return (
      "promptgate: GitHub rejected the token (401 Bad credentials). Leave `github-token` at its default " +
      `(\`\${{ github.token }}\`) or pass a valid token.`
    );
  }
  if (typeof status === "number") return `promptgate: GitHub API error ${status}: ${readErrorMessage(error)}`;
  return `promptgate: ${error instanceof Error ? error.message : String(error)}`;
}
