// The one redaction step: removes credentials from any text before it leaves the process (errors, logs,
// GitHub writes, reports, cache files). Pure: the shell hands it the secrets it knows.

/** Shorter values are too common to redact without mangling ordinary text ("1", "true", "main"). */
export const MIN_SECRET_LENGTH = 6;

const MASK = "***";

/** Environment variables whose values are credentials by naming convention. */
const SECRET_ENV_NAME = /(?:[-_](?:KEY|TOKEN|SECRET)$)|PASSWORD/i;

/** `scheme://…` up to whitespace or a character that ends a URL in prose, JSON or Markdown. */
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`()[\]{}\\]+/gi;

/**
 * `Authorization: Bearer x`, `api-key: x`, `"x-api-key":"x"` as they appear in dumped requests; not a longer
 * name that ends in one (`openai-api-key:` in our own hints).
 */
const HEADER_PATTERN =
  /(["']?(?<![\w-])(?:authorization|proxy-authorization|x-api-key|api-key)["']?\s*[:=]\s*["']?)([^"'\r\n,}]+)/gi;

/** Keys OpenAI-style providers issue; redacted even when the shell did not name them. */
const PROVIDER_KEY_PATTERN = /\bsk-[A-Za-z0-9_*-]{3,}/g;

export interface Redactor {
  /** Errors and log lines: known secrets, header values, and every URL's user-info, query and fragment. */
  (text: string): string;
  /**
   * Rendered content (comment, check output, report): known secrets and URL user-info; a prompt's own links
   * keep their query strings and its text may say "Authorization:".
   */
  content(text: string): string;
  /** Adds secrets learned later (e.g. the provider URL from the base config). */
  add(...secrets: Array<string | null | undefined>): void;
  /** The known secrets, for a runner that can mask them too (`core.setSecret`). */
  secrets(): string[];
}

/**
 * What the environment holds that is secret: values of variables named like credentials (`*_KEY`, `*_TOKEN`,
 * `*_SECRET`, `*PASSWORD*`), the password of any URL-valued variable, and every credential part of the
 * provider URL (`OPENAI_BASE_URL`, whose query may carry Azure's `api-key`).
 */
export function listEnvSecrets(env: Record<string, string | undefined>): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (SECRET_ENV_NAME.test(name)) secrets.push(value.trim());
    else if (name === "OPENAI_BASE_URL") secrets.push(...listUrlSecrets(value));
    else if (/^[a-z][a-z0-9+.-]*:\/\/[^/\s]*:[^/\s]*@/i.test(value)) secrets.push(urlPassword(value));
  }
  return secrets.filter((secret) => secret !== "");
}

function urlPassword(url: string): string {
  try {
    return safeDecode(new URL(url).password);
  } catch {
    return "";
  }
}

/** The credential parts of a URL: user, password and every query value (Azure's `?api-key=` among them). */
export function listUrlSecrets(url: string | null | undefined): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url);
    const parts = [parsed.username, parsed.password, ...parsed.searchParams.values(), parsed.hash.slice(1)];
    return parts.flatMap((part) => [part, safeDecode(part)]);
  } catch {
    return [];
  }
}

export function createRedactor(initial: Array<string | null | undefined> = []): Redactor {
  let known: string[] = [];
  const add = (...secrets: Array<string | null | undefined>) => {
    const next = new Set(known);
    for (const secret of secrets) {
      const value = secret?.trim();
      if (!value || value.length < MIN_SECRET_LENGTH) continue;
      next.add(value);
      next.add(encodeURIComponent(value));
    }
    // Longest first, so a secret that contains another is removed whole.
    known = [...next].sort((a, b) => b.length - a.length);
  };
  add(...initial);
  const content = (text: string) => stripUserInfo(redactKnown(text, known));
  const redactor = (text: string) => redactHeaders(redactUrls(redactKnown(text, known)));
  return Object.assign(redactor, { content, add, secrets: () => [...known] });
}

/** Replaces every occurrence of each secret with `***`. */
export function redactKnown(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && result.includes(secret))
      result = result.split(secret).join(MASK);
  }
  return result.replace(PROVIDER_KEY_PATTERN, `sk-${MASK}`);
}

/** Every URL without user-info, query or fragment (each replaced by `***`, so a reader sees one was there). */
export function redactUrls(text: string): string {
  return text.replace(URL_PATTERN, (url) =>
    url
      .replace(/^([^:]+:\/\/)[^/?#]*@/, `$1${MASK}@`)
      .replace(/\?[^#]*/, `?${MASK}`)
      .replace(/#.*$/, `#${MASK}`),
  );
}

function stripUserInfo(text: string): string {
  return text.replace(URL_PATTERN, (url) => url.replace(/^([^:]+:\/\/)[^/?#]*@/, `$1${MASK}@`));
}

function redactHeaders(text: string): string {
  return text.replace(HEADER_PATTERN, (_, name: string) => `${name}${MASK}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Applies `redact` to every string inside a JSON-like value (request parameters, a report). */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === "string") return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  // Only plain data: a signal or a Buffer among request options passes through untouched.
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]);
    return Object.fromEntries(entries) as T;
  }
  return value;
}
