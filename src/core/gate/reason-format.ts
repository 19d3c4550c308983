// How gate reasons print numbers: percents, points, money, milliseconds and case ids, the same in every reason.

/** 0.95 → "95%", 0.975 → "97.5%"; `digits` fixes the decimals (0.9 → "90.0%"). */
export function formatPercent(fraction: number, digits?: number): string {
  const value = fraction * 100;
  if (digits !== undefined) return `${value.toFixed(digits)}%`;
  return `${Math.round(value * 10) / 10}%`;
}

/** A rise or fall as a signed percent: whole numbers from 10% up, one decimal below. */
export function formatSignedPercent(fraction: number): string {
  const value = fraction * 100;
  const rounded = Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${Math.abs(rounded)}%`;
}

/** 0.05 → "5", 0.025 → "2.5". */
export function formatPoints(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10);
}

/** −0.351 → "−35.1", 0.038 → "+3.8", 0 → "0.0" (a true minus sign, as in print). */
export function formatSignedPoints(fraction: number): string {
  const value = Math.round(fraction * 1000) / 10;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${Math.abs(value).toFixed(1)}`;
}

/** Two significant digits below $1 (0.000123 → "$0.00012"), cents above. */
export function formatUsd(usd: number): string {
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  const decimals = Math.min(Math.max(1 - Math.floor(Math.log10(usd)), 2), 12);
  return `$${usd.toFixed(decimals)}`;
}

/** Long ids (content hashes) are shortened; the report's case table shows them in full. */
export function formatCaseId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/**
 * Each bound of the shown interval is one-sided at `confidence`, so together they form a two-sided interval
 * at 2·confidence − 1: 0.95 → a 90% CI. Reports label it by that level.
 */
export function intervalLevel(confidence: number): number {
  return 2 * confidence - 1;
}
