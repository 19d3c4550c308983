// How times print: a measured latency (`820 ms`, `12.3 s`) and an elapsed wall time for progress lines (`1m 05s`).
import { formatInt } from "./count.js";

/** Latency: `820 ms`, `1,400 ms`, `12.3 s` from ten seconds up; `unknown`, never `0 ms`, when it was not measured. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "unknown";
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${formatInt(ms)} ms`;
}

/** Elapsed wall time for progress lines: `12s`, `1m 05s`, `1h 02m`; never negative. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, "0")}s`;
  return `${s}s`;
}
