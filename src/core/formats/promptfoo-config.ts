// Reads the parts of a promptfoo config that make reviewed prompts: its prompts and providers, as variants.
/*
 * Each prompt × provider of a config is one reviewed prompt, named `config.yaml#<prompt> @ <provider>` (the
 * provider part only when there are several). Prompt functions (`file://x.js`, `.py`, `.ts`) are refused —
 * promptgate never runs repository code — and so are providers that are not OpenAI-compatible; both are
 * reported on every variant that is reviewed.
 */
import { posix } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { resolveDataPath } from "../prompt-file/prompt-file.js";
import { parseYamlSource, YamlDiagnostics, type YamlSource } from "../yaml-location.js";

type PlainObject = Record<string, unknown>;
export const isObject = (v: unknown): v is PlainObject =>
  v !== null && typeof v === "object" && !Array.isArray(v);

export interface PromptfooPrompt {
  key: string;
  /** Inline text, or a repository path when `file` is set. */
  raw: string;
  file?: string;
  at: (string | number)[];
}

export interface PromptfooProvider {
  key: string;
  /** The model id promptgate sends. */
  model: string;
  config: PlainObject;
  at: (string | number)[];
}

export interface PromptfooConfig {
  path: string;
  source: YamlSource;
  value: PlainObject;
  d: YamlDiagnostics;
  prompts: PromptfooPrompt[];
  providers: PromptfooProvider[];
  /** What is refused or not supported, for every variant's warnings. */
  notices: Diagnostic[];
}

const codeExtensions = /\.(js|cjs|mjs|ts|py)(:[\w.]+)?$/i;
const openAiPrefixes = /^(openai:(chat:|responses:)?|azure:chat:|azureopenai:chat:|openrouter:)/;

/** True for a promptfoo config, by name or by variant path (`config.yaml#…`). */
export function isPromptfooPath(path: string): boolean {
  return /(^|\/)promptfoo[^/]*\.ya?ml(#.*)?$/i.test(path) || /\.ya?ml#/.test(path);
}

/** `config.yaml#variant` → the config's path and the variant key. */
export function splitVariantPath(path: string): { file: string; variant?: string } {
  const at = path.indexOf("#");
  return at < 0 ? { file: path } : { file: path.slice(0, at), variant: path.slice(at + 1) };
}

export function readPromptfooConfig(path: string, text: string): PromptfooConfig | { errors: Diagnostic[] } {
  const source = parseYamlSource(path, text);
  if (source.syntaxErrors.length > 0) return { errors: source.syntaxErrors };
  let value: unknown;
  try {
    value = source.doc.toJS();
  } catch (error) {
    return { errors: [{ file: path, line: 1, message: `cannot be read: ${(error as Error).message}` }] };
  }
  if (!isObject(value))
    return { errors: [{ file: path, line: 1, message: "a promptfoo config must be a mapping" }] };
  const d = new YamlDiagnostics(source);
  const notices: Diagnostic[] = [];
  const prompts = readPrompts(path, value["prompts"], d, notices);
  const providers = readProviders(value["providers"] ?? value["targets"], d, notices);
  return { path, source, value, d, prompts, providers, notices };
}

function readPrompts(
  path: string,
  raw: unknown,
  d: YamlDiagnostics,
  notices: Diagnostic[],
): PromptfooPrompt[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const prompts: PromptfooPrompt[] = [];
  for (const [i, item] of list.entries()) {
    const at = Array.isArray(raw) ? ["prompts", i] : ["prompts"];
    const text = typeof item === "string" ? item : isObject(item) ? item["raw"] : undefined;
    const label = isObject(item) ? (item["label"] ?? item["id"]) : undefined;
    if (typeof text !== "string") {
      d.error(at, "a prompt must be text, `file://…`, or {raw, label}");
      continue;
    }
    if (!text.startsWith("file://")) {
      prompts.push({ key: typeof label === "string" ? label : `prompt ${i + 1}`, raw: text, at });
      continue;
    }
    const ref = text.slice("file://".length);
    if (codeExtensions.test(ref)) {
      notices.push({
        ...d.build(at, ""),
        message: `prompt ${text} not run: it is a program, and promptgate never executes code from the repository`,
      });
      continue;
    }
    if (/[*?[{]/.test(ref)) {
      notices.push({
        ...d.build(at, ""),
        message: `prompt ${text} not reviewed: list the files instead of a glob`,
      });
      continue;
    }
    const resolved = resolveDataPath(path, ref);
    if ("error" in resolved) {
      d.error(at, resolved.error);
      continue;
    }
    prompts.push({
      key: typeof label === "string" ? label : posix.basename(resolved.path),
      raw: text,
      file: resolved.path,
      at,
    });
  }
  if (prompts.length === 0 && d.errors.length === 0) d.error(["prompts"], "no prompt promptgate can review");
  return prompts;
}

function readProviders(raw: unknown, d: YamlDiagnostics, notices: Diagnostic[]): PromptfooProvider[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const providers: PromptfooProvider[] = [];
  const keys = new Set<string>();
  for (const [i, item] of list.entries()) {
    const at = Array.isArray(raw) ? ["providers", i] : ["providers"];
    const id = typeof item === "string" ? item : isObject(item) ? item["id"] : undefined;
    if (typeof id !== "string") {
      d.error(at, "a provider must be an id or {id, config}");
      continue;
    }
    const label = isObject(item) && typeof item["label"] === "string" ? item["label"] : id;
    if (!openAiPrefixes.test(id)) {
      notices.push({
        ...d.build(at, ""),
        message: `provider ${id} not run: only OpenAI-compatible providers (openai:, azure:chat:, openrouter:) are supported`,
      });
      continue;
    }
    let key = label;
    for (let n = 2; keys.has(key); n++) key = `${label} (${n})`;
    keys.add(key);
    const config = isObject(item) && isObject(item["config"]) ? item["config"] : {};
    providers.push({ key, model: id.replace(openAiPrefixes, ""), config, at });
  }
  if (list.length > 0 && providers.length === 0)
    d.error(["providers"], "no OpenAI-compatible provider to run the prompts with");
  return providers;
}

/** The variant keys of a config: prompt, or prompt @ provider when there are several providers. */
export function listVariantKeys(config: PromptfooConfig): string[] {
  const { prompts, providers } = config;
  if (providers.length <= 1) return prompts.map((p) => p.key);
  return prompts.flatMap((p) => providers.map((v) => `${p.key} @ ${v.key}`));
}

export function findVariant(config: PromptfooConfig, key: string) {
  for (const prompt of config.prompts) {
    if (config.providers.length <= 1 && prompt.key === key) return { prompt, provider: config.providers[0] };
    const provider = config.providers.find((v) => `${prompt.key} @ ${v.key}` === key);
    if (provider) return { prompt, provider };
  }
  return undefined;
}

/** `file://` references of a config (no globs, no code), as repository paths: what a change to reviews it. */
export function listPromptfooReferences(path: string, text: string): string[] {
  const refs = [...text.matchAll(/file:\/\/([^\s'"\],}]+)/g)]
    .map((m) => m[1]!)
    .filter((ref) => !/[*?[{]/.test(ref) && !codeExtensions.test(ref))
    .map((ref) => resolveDataPath(splitVariantPath(path).file, ref));
  return [...new Set(refs.flatMap((r) => ("path" in r ? [r.path] : [])))];
}

/** A test's `threshold`: the least weighted assertion score (0–1) that passes it. */
export function readThreshold(
  entry: PlainObject,
  at: (string | number)[],
  d: YamlDiagnostics,
): number | undefined {
  const value = entry["threshold"];
  if (value === undefined) return undefined;
  if (typeof value === "number" && value >= 0 && value <= 1) return value;
  d.error(
    [...at, "threshold"],
    "must be a number from 0 to 1 (the least weighted share of assertions that pass)",
  );
  return undefined;
}
