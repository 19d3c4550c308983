// The JSON report of `promptgate eval`: one prompt file's eval set run on one version.
import type { SampleOutput } from "./report.js";

export interface EvalCaseResult {
  id: string;
  index: number;
  vars: Record<string, string>;
  passRate: number;
  outputs: SampleOutput[];
}

export interface EvalReport {
  schemaVersion: 1;
  path: string;
  model: string;
  repeats: number;
  /** Mean of per-case pass rates, 0–1. */
  passRate: number;
  /** Money spent by this run, judges included. */
  costUsd: number;
  costPerCallUsd: number | null;
  tokens: { input: number; output: number };
  /** Null when no call's latency was measured (every answer came from a Batch API batch). */
  latencyMs: { p50: number; p95: number } | null;
  calls: { total: number; cached: number; failed: number; retried: number };
  /** The model ids the provider said answered (`gpt-4o-mini-2024-07-18`), when it said: its snapshot. */
  snapshots?: string[];
  cases: EvalCaseResult[];
  incomplete: boolean;
  errors: { path?: string; message: string }[];
}
