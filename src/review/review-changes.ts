// One review: config from base → change set → plan → run base and head interleaved → compare → report.

import { loadConfig, parseConfig } from "../core/config/config.js";
import type { Config } from "../core/config/config-schema.js";
import { builtInCatalogue } from "../core/cost/model-catalogue.js";
import { listPromptChanges, type PromptChange } from "../core/diff/change-set.js";
import { shortSha } from "../core/format/ids.js";
import { buildChangeSetOptions, expandPromptfooChanges } from "../core/formats/prompt-formats.js";
import type { ReviewReport } from "../core/report/report.js";
import type { Cache } from "../engine/cache.js";
import type { CacheMode, OnRunProgress } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import type { Logger, RepoReader, Tracer } from "../ports.js";
import { buildReport } from "./build-report.js";
import { prepareAllPrompts } from "./prepare-prompt.js";
import { runPreparedPrompts } from "./run-prompts.js";

export interface ReviewDeps {
  repo: RepoReader;
  logger: Logger;
  /** Builds the model client for the provider named in the base config; never called on a dry run. */
  createModel?: (config: Config) => Model;
  /** The response cache; built from the base config (its `cacheDir`). */
  createCache: (config: Config) => Cache;
  cacheMode: CacheMode;
  onProgress?: OnRunProgress;
  /** Stops the review's calls (cancelled, superseded, past its deadline); what ran is reported. */
  signal?: AbortSignal;
  /** Builds the recorder of this review's trace from the base config (`tracing`); none → no trace. */
  createTracer?: (config: Config) => Tracer | undefined;
}

export interface ReviewRequest {
  base: string;
  head: string;
  /** A config path in the repository, read at base. */
  configPath?: string;
  /** Config given as text (a local file named on the command line) instead of the one at base. */
  configOverride?: { path: string; text: string };
  dryRun: boolean;
  /** Config already loaded (at base) by the caller; skips reading it again. */
  config?: Config;
  /** Prompt changes already listed by the caller (with this config's `prompts`); skips the compare. */
  changes?: PromptChange[];
  /** Overrides config `repeats`. */
  repeats?: number;
}

export async function review(deps: ReviewDeps, request: ReviewRequest): Promise<ReviewReport> {
  const { repo, logger } = deps;
  const baseSha = await repo.resolveRef(request.base);
  const headSha = await repo.resolveRef(request.head);
  const config = await readConfig(repo, baseSha, request);
  const changes = expandPromptfooChanges(
    request.changes ??
      (await listPromptChanges(repo, baseSha, headSha, buildChangeSetOptions(config.prompts))),
    config.prompts,
  );
  logger.info(
    `${changes.length} prompt file(s) changed between ${shortSha(baseSha)} and ${shortSha(headSha)}`,
  );
  const prepared = await prepareAllPrompts(repo, changes, { base: baseSha, head: headSha }, config);
  const context = {
    config,
    dryRun: request.dryRun,
    base: { ref: request.base, sha: baseSha },
    head: { ref: request.head, sha: headSha },
    catalogue: { name: builtInCatalogue.name, version: builtInCatalogue.version },
  };
  if (request.dryRun || prepared.every((p) => p.runnable === false)) {
    return buildReport(context, prepared, undefined);
  }
  if (!deps.createModel) throw new Error("review: a model is needed unless this is a dry run");
  const tracer = deps.createTracer?.(config);
  const run = await runPreparedPrompts(prepared, config, {
    model: deps.createModel(config),
    cache: deps.createCache(config),
    cacheMode: deps.cacheMode,
    logger,
    onProgress: deps.onProgress,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(tracer ? { tracer } : {}),
  });
  return buildReport(context, prepared, run);
}

async function readConfig(repo: RepoReader, baseSha: string, request: ReviewRequest): Promise<Config> {
  const config =
    request.config ??
    (request.configOverride
      ? parseConfig(request.configOverride.path, request.configOverride.text).config
      : (await loadConfig(repo, baseSha, request.configPath)).config);
  return request.repeats ? { ...config, repeats: request.repeats } : config;
}
