// How percents print: measured rates, exact thresholds and relative changes — one rule each, the same in every message.
//
// Rates in tables and summaries round to whole percents (`67%`); a value compared with a threshold in a gate
// reason keeps one decimal (`89.5% is below the 90.0% minimum`), since rounding there could contradict the verdict.
import { formatInt } from "./count.js";
import { MINUS, signOf } from "./sign.js";

/** A measured rate in 0–1 as a whole percent; one decimal when rounding would claim 0% or 100% falsely. */
export function formatRate(rate: number): string {
  const pct = rate * 100;
  const whole = Math.round(pct);
  if ((whole === 100 && rate < 1) || (whole === 0 && rate > 0)) return `${pct.toFixed(1)}%`;
  return `${whole}%`;
}

/** A version's pass rate, or an em dash when no sample was graded (0% would claim every sample failed). */
export function formatPassRate(stats: { passRate: number; samples: number }): string {
  return stats.samples === 0 ? "—" : formatRate(stats.passRate);
}

/** An exact fraction (a limit, a threshold, a rate set against one): 0.95 → `95%`, 0.975 → `97.5%`; `digits` fixes the decimals (0.9 → `90.0%`). */
export function formatPercent(fraction: number, digits?: number): string {
  const abs = Math.abs(fraction * 100);
  const text = digits !== undefined ? abs.toFixed(digits) : String(Math.round(abs * 10) / 10);
  return `${fraction < 0 && Number(text) !== 0 ? MINUS : ""}${text}%`;
}

/** Relative change of `to` against `from` in percent: 0 when both are 0, null when `from` is not positive (no ratio). */
export function changePct(from: number, to: number): number | null {
  if (from === 0 && to === 0) return 0;
  return from > 0 ? ((to - from) / from) * 100 : null;
}

/** A signed percent change: one decimal below 100%, whole percents from 100% up; `unknown` when null (unknown price). */
export function formatChangePct(pct: number | null): string {
  if (pct === null || !Number.isFinite(pct)) return "unknown";
  const abs = Math.abs(pct);
  if (abs >= 100) return `${signOf(pct)}${formatInt(abs)}%`;
  const rounded = Math.round(pct * 10) / 10;
  return `${signOf(rounded)}${Math.abs(rounded).toFixed(1)}%`;
}
