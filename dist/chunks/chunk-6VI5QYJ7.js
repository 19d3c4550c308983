import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/core/redact.ts
var MIN_SECRET_LENGTH = 6;
var MASK = "***";
var SECRET_ENV_NAME = /(?:[-_](?:KEY|TOKEN|SECRET)$)|PASSWORD/i;
var URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`()[\]{}\\]+/gi;
var HEADER_PATTERN = /(["']?(?<![\w-])(?:authorization|proxy-authorization|x-api-key|api-key)["']?\s*[:=]\s*["']?)([^"'\r\n,}]+)/gi;
var PROVIDER_KEY_PATTERN = /\bsk-[A-Za-z0-9_*-]{3,}/g;
function listEnvSecrets(env) {
  const secrets = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0) continue;
    if (SECRET_ENV_NAME.test(name)) secrets.push(value.trim());
    else if (name === "OPENAI_BASE_URL") secrets.push(...listUrlSecrets(value));
    else if (/^[a-z][a-z0-9+.-]*:\/\/[^/\s]*:[^/\s]*@/i.test(value)) secrets.push(urlPassword(value));
  }
  return secrets.filter((secret) => secret !== "");
}
function urlPassword(url) {
  try {
    return safeDecode(new URL(url).password);
  } catch {
    return "";
  }
}
function listUrlSecrets(url) {
  if (!url) return [];
  try {
    const parsed = new URL(url);
    const parts = [parsed.username, parsed.password, ...parsed.searchParams.values(), parsed.hash.slice(1)];
    return parts.flatMap((part) => [part, safeDecode(part)]);
  } catch {
    return [];
  }
}
function createRedactor(initial = []) {
  let known = [];
  const add = (...secrets) => {
    const next = new Set(known);
    for (const secret of secrets) {
      const value = secret?.trim();
      if (!value || value.length < MIN_SECRET_LENGTH) continue;
      next.add(value);
      next.add(encodeURIComponent(value));
    }
    known = [...next].sort((a, b) => b.length - a.length);
  };
  add(...initial);
  const content = (text) => stripUserInfo(redactKnown(text, known));
  const redactor = (text) => redactHeaders(redactUrls(redactKnown(text, known)));
  return Object.assign(redactor, { content, add, secrets: () => [...known] });
}
function redactKnown(text, secrets) {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && result.includes(secret))
      result = result.split(secret).join(MASK);
  }
  return result.replace(PROVIDER_KEY_PATTERN, `sk-${MASK}`);
}
function redactUrls(text) {
  return text.replace(
    URL_PATTERN,
    (url) => url.replace(/^([^:]+:\/\/)[^/?#]*@/, `$1${MASK}@`).replace(/\?[^#]*/, `?${MASK}`).replace(/#.*$/, `#${MASK}`)
  );
}
function stripUserInfo(text) {
  return text.replace(URL_PATTERN, (url) => url.replace(/^([^:]+:\/\/)[^/?#]*@/, `$1${MASK}@`));
}
function redactHeaders(text) {
  return text.replace(HEADER_PATTERN, (_, name) => `${name}${MASK}`);
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function redactDeep(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]);
    return Object.fromEntries(entries);
  }
  return value;
}

export {
  listEnvSecrets,
  listUrlSecrets,
  createRedactor,
  redactDeep
};
