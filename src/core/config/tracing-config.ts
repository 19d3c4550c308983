// The `tracing` config section (OpenTelemetry export of each review) and the OTLP header list format.
import { z } from "zod";

export const tracingSchema = z
  .object({
    /** Where to send each review's trace over OTLP/HTTP. */
    otlp: z
      .object({
        /** Base OTLP/HTTP URL (`/v1/traces` is appended); null → `OTEL_EXPORTER_OTLP_ENDPOINT`, else no export. */
        endpoint: z
          .string()
          .url()
          .nullable()
          .default(null)
          .describe(
            "Base OTLP/HTTP URL (`/v1/traces` is appended); null → `OTEL_EXPORTER_OTLP_ENDPOINT`, else no export.",
          ),
        /** Headers sent with each export; `${NAME}` in a value is the environment variable NAME (keep keys in secrets). */
        headers: z.record(z.string().min(1), z.string()).default({}).describe(
          // biome-ignore lint/suspicious/noTemplateCurlyInString: `${NAME}` is the config's own syntax
          "Headers sent with each export; `${NAME}` in a value is the environment variable NAME (keep keys in secrets).",
        ),
      })
      .strict()
      .default({ endpoint: null, headers: {} })
      .describe("Where to send each review's trace over OTLP/HTTP."),
    /** Record base and head as two dataset runs in Langfuse (keys from `LANGFUSE_PUBLIC_KEY` / `LANGFUSE_SECRET_KEY`). */
    langfuse: z
      .object({
        /** Langfuse URL; unset → `LANGFUSE_BASE_URL`, else `https://cloud.langfuse.com`. */
        baseUrl: z
          .string()
          .url()
          .optional()
          .describe("Langfuse URL; unset → `LANGFUSE_BASE_URL`, else `https://cloud.langfuse.com`."),
      })
      .strict()
      .optional()
      .describe(
        "Record base and head as two dataset runs in Langfuse (keys from `LANGFUSE_PUBLIC_KEY` / `LANGFUSE_SECRET_KEY`).",
      ),
    /** Record base and head as two experiments of one dataset in LangSmith (key from `LANGSMITH_API_KEY`). */
    langsmith: z
      .object({
        /** LangSmith API URL; unset → `LANGSMITH_ENDPOINT`, else `https://api.smith.langchain.com`. */
        endpoint: z
          .string()
          .url()
          .optional()
          .describe(
            "LangSmith API URL; unset → `LANGSMITH_ENDPOINT`, else `https://api.smith.langchain.com`.",
          ),
      })
      .strict()
      .optional()
      .describe(
        "Record base and head as two experiments of one dataset in LangSmith (key from `LANGSMITH_API_KEY`).",
      ),
    /** Export prompt and completion text on model-call spans (secrets redacted); off by default. */
    captureContent: z
      .boolean()
      .default(false)
      .describe("Export prompt and completion text on model-call spans (secrets redacted); off by default."),
  })
  .strict();

export type TracingConfig = z.infer<typeof tracingSchema>;

/**
 * Parses the OTLP header list format of `OTEL_EXPORTER_OTLP_HEADERS` and the Action's `otlp-headers`:
 * `name=value` pairs separated by commas or newlines, values URL-decoded (`Basic%20abc`).
 */
export function parseOtlpHeaders(text: string, source: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [index, raw] of text.split(/[,\n]/).entries()) {
    const entry = raw.trim();
    if (entry === "") continue;
    const eq = entry.indexOf("=");
    if (eq <= 0) {
      // The entry itself may be a secret: name only its position.
      throw new Error(`${source}: entry ${index + 1} is not name=value`);
    }
    const name = entry.slice(0, eq).trim();
    const value = entry.slice(eq + 1).trim();
    headers[name] = safeDecode(value);
  }
  return headers;
}

/** Header values are credentials: each value, and the part after a scheme word (`Basic …`, `Bearer …`). */
export function listHeaderSecrets(headers: Record<string, string>): string[] {
  const values = Object.values(headers).map((value) => value.trim());
  return [...values, ...values.map((value) => value.replace(/^\S+\s+/, ""))];
}

/** Replaces `${NAME}` with the environment variable NAME; a missing one is an error naming it. */
export function expandHeaderValues(
  headers: Record<string, string>,
  env: Record<string, string | undefined>,
  source: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable: string) => {
      const found = env[variable];
      if (found === undefined || found === "") {
        throw new Error(
          `${source}: header ${name} uses \${${variable}}, which is not set in the environment`,
        );
      }
      return found;
    });
  }
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
