// The Action's inputs: one zod schema, parsed once when the action runs (never at import time).
import { z } from "zod";
import { DEFAULT_DATA_BRANCH } from "../adapters/github/data-branch.js";
import { InputError } from "../core/diagnostics.js";

/** An empty input means "not set": the runner passes "" for inputs without a value. */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value));

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them; empty takes the default. */
const booleanInput = (fallback: boolean) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return fallback;
      if (/^(true|True|TRUE)$/.test(value)) return true;
      if (/^(false|False|FALSE)$/.test(value)) return false;
      ctx.addIssue({ code: "custom", message: `must be true or false, got ${JSON.stringify(value)}` });
      return z.NEVER;
    });

const choice = <T extends string>(values: readonly [T, ...T[]], fallback: T) =>
  z
    .string()
    .trim()
    .transform((value) => (value === "" ? fallback : value))
    .pipe(z.enum(values));

export const actionInputsSchema = z.object({
  /** Token for the GitHub API (default `${{ github.token }}` in action.yml). */
  "github-token": optionalText,
  /** Provider API key; empty → the variable named by `provider.apiKeyEnv`. */
  "openai-api-key": optionalText,
  /** OpenAI-compatible base URL; empty → config, then `OPENAI_BASE_URL`, then OpenAI. */
  "openai-base-url": optionalText.pipe(
    z
      .string()
      .regex(/^https?:\/\/[^\s/]+/, "must be an http(s) URL, e.g. https://my-gateway.example/v1")
      .optional(),
  ),
  /** Config path in the repository, read at base. */
  config: optionalText,
  /** `review` the event's pull request or open a `rollback` pull request. */
  mode: choice(["review", "rollback", "monitor"], "review"),
  /** Whether a failing check also fails the step. */
  "fail-on": choice(["regression", "never"], "regression"),
  /** Post or update the sticky comment. */
  comment: booleanInput(true),
  /** No model calls: diff and static estimate only. */
  "dry-run": booleanInput(false),
  /** Minutes before the review stops and publishes partial results; empty → config `review.deadlineMinutes`. */
  "deadline-minutes": optionalText.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, "must be a number of minutes, e.g. 30")
      .transform(Number)
      .pipe(z.number().positive("must be more than 0").max(360, "must be at most 360 (GitHub's job limit)"))
      .optional(),
  ),
  /** OTLP/HTTP base URL for the review's trace; empty → config `tracing.otlp.endpoint`, then `OTEL_EXPORTER_OTLP_ENDPOINT`. */
  "otlp-endpoint": optionalText.pipe(
    z
      .string()
      .regex(/^https?:\/\/[^\s/]+/, "must be an http(s) URL, e.g. https://cloud.langfuse.com/api/public/otel")
      .optional(),
  ),
  /** Headers of the OTLP export (`name=value`, comma or newline separated); a secret, masked. */
  "otlp-headers": optionalText,
  /** Monitor: the branch that keeps the baselines and their history (written through the git data API). */
  "data-branch": optionalText.transform((value) => value ?? DEFAULT_DATA_BRANCH),
  /** Rollback: the prompt file to restore. */
  prompt: optionalText,
  /** Rollback: the commit whose version to restore. */
  to: optionalText,
});

export type ActionInputs = z.infer<typeof actionInputsSchema>;

export const ACTION_INPUT_NAMES = Object.keys(actionInputsSchema.shape) as (keyof ActionInputs)[];

/** Reads every input through `read` (e.g. `core.getInput`) and validates them together. */
export function parseActionInputs(read: (name: string) => string): ActionInputs {
  const raw = Object.fromEntries(ACTION_INPUT_NAMES.map((name) => [name, read(name) ?? ""]));
  const result = actionInputsSchema.safeParse(raw);
  if (!result.success) {
    throw new InputError(
      result.error.issues.map((issue) => ({
        file: "action inputs",
        field: String(issue.path[0] ?? ""),
        message: issue.message,
      })),
    );
  }
  const inputs = result.data;
  if (inputs.mode === "rollback" && !inputs.prompt) {
    throw new InputError({
      file: "action inputs",
      field: "prompt",
      message:
        "mode: rollback needs the path of the prompt file to roll back, e.g. `prompt: prompts/support.prompt.yml`",
    });
  }
  return inputs;
}
