// How differences of two rates print, in percentage points, and the p-values and intervals that go with them.
//
// Tables and headlines show whole points (`−23 pts`); a gate reason that states a configured margin or a bound
// set against one keeps one decimal (`the 2.5-point margin`), since rounding there could contradict the verdict.
import { MINUS, signOf } from "./sign.js";

/** Points of a difference of two rates, signed: `-0.233` → `−23`, `0.004` → `+0.4`, `0` → `±0`. */
export function formatPointsValue(diff: number): string {
  const pts = diff * 100;
  const abs = Math.abs(pts);
  const text = abs > 0 && abs < 1 ? abs.toFixed(1) : String(Math.round(abs));
  return text === "0" ? "±0" : `${signOf(pts)}${text}`;
}

/** `-0.233` → `−23 pts`. */
export function formatPoints(diff: number): string {
  return `${formatPointsValue(diff)} pts`;
}

/** A confidence interval of a rate difference in points: `−35 to −11`. */
export function formatInterval(ci: readonly [number, number]): string {
  return `${formatPointsValue(ci[0])} to ${formatPointsValue(ci[1])}`;
}

/** An exact size in points, unsigned, for margins and thresholds: 0.05 → `5`, 0.025 → `2.5`. */
export function formatExactPoints(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10);
}

/** An exact signed bound in points, one decimal: −0.351 → `−35.1`, 0.038 → `+3.8`, 0 → `0.0`. */
export function formatSignedExactPoints(fraction: number): string {
  const value = Math.round(fraction * 1000) / 10;
  const sign = value > 0 ? "+" : value < 0 ? MINUS : "";
  return `${sign}${Math.abs(value).toFixed(1)}`;
}

/** A p-value to three decimals: `p = 0.012`, `p < 0.001` below that. */
export function formatPValue(p: number): string {
  return p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}
