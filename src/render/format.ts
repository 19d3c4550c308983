// Number formatting shared by every renderer: fixed, locale-free, and honest about unknown prices.

/** Typographic minus, so negative deltas line up with `+` and read as numbers, not dashes. */
export const MINUS = "−";

/** `12345` → `12,345`, whatever the machine's locale. */
export function formatInt(n: number): string {
  const rounded = Math.round(n);
  const sign = rounded < 0 ? MINUS : "";
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function signOf(n: number): string {
  if (n > 0) return "+";
  if (n < 0) return MINUS;
  return "±";
}

/** A rate in 0–1 as a whole percent; one decimal when rounding would claim 0% or 100% falsely. */
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

/** Points of a difference of two rates, signed: `-0.233` → `−23`. */
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

/** A signed percent change, one decimal below 100% and whole percents above; `unknown` when null (unknown price). */
export function formatChangePct(pct: number | null): string {
  if (pct === null || !Number.isFinite(pct)) return "unknown";
  const abs = Math.abs(pct);
  if (abs >= 100) return `${signOf(pct)}${formatInt(abs)}%`;
  const rounded = Math.round(pct * 10) / 10;
  return `${signOf(rounded)}${Math.abs(rounded).toFixed(1)}%`;
}

/** Relative change of `to` against `from` in percent; null when `from` is not positive. */
export function changePct(from: number, to: number): number | null {
  return from > 0 ? ((to - from) / from) * 100 : null;
}

function usdDigits(abs: number): string {
  if (abs >= 1) {
    const [whole, cents] = abs.toFixed(2).split(".");
    return `${formatInt(Number(whole))}.${cents}`;
  }
  if (abs === 0) return "0.00";
  // Two significant digits below a dollar: per-call prices are fractions of a cent.
  const decimals = Math.min(10, Math.max(2, 1 - Math.floor(Math.log10(abs))));
  return abs.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, "$1");
}

/** USD with enough digits for per-call prices (`$0.00042`); `unknown`, never `$0`, when the price is unknown. */
export function formatUsd(usd: number | null): string {
  if (usd === null || !Number.isFinite(usd)) return "unknown";
  return `${usd < 0 ? MINUS : ""}$${usdDigits(Math.abs(usd))}`;
}

/** Signed USD: `+$540.00`, `−$12.50`, `unknown`. */
export function formatSignedUsd(usd: number | null): string {
  if (usd === null || !Number.isFinite(usd)) return "unknown";
  return `${signOf(usd)}$${usdDigits(Math.abs(usd))}`;
}

/** Latency: `820 ms`, `1,400 ms`, `12.3 s`; `unknown`, never `0 ms`, when it was not measured. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "unknown";
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${formatInt(ms)} ms`;
}

/** Elapsed wall time for progress lines: `12s`, `1m 05s`, `1h 02m`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, "0")}s`;
  return `${s}s`;
}

/** `1 prompt`, `2 prompts`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatInt(n)} ${n === 1 ? word : many}`;
}

/** First seven characters of a commit SHA. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** Money spent, honest about calls whose price is unknown: `$0.04`, `≥ $0.04 (3 calls at unknown prices)`. */
export function formatSpent(costUsd: number, unpricedCalls = 0): string {
  if (unpricedCalls === 0) return formatUsd(costUsd);
  const calls = unpricedCalls === 1 ? "1 call" : `${formatInt(unpricedCalls)} calls`;
  return `≥ ${formatUsd(costUsd)} (${calls} at unknown prices)`;
}
