// How money prints, everywhere: USD with cents from a dollar up and two significant digits below, honest about unknown prices.
import { formatInt } from "./count.js";
import { MINUS, signOf } from "./sign.js";

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

/** `$1,234.57`, `$0.50`, `$0.00042`, `−$0.0021`; `unknown`, never `$0`, when the price is unknown (null). */
export function formatUsd(usd: number | null): string {
  if (usd === null || !Number.isFinite(usd)) return "unknown";
  return `${usd < 0 ? MINUS : ""}$${usdDigits(Math.abs(usd))}`;
}

/** Signed USD: `+$540.00`, `−$12.50`, `±$0.00`, `unknown`. */
export function formatSignedUsd(usd: number | null): string {
  if (usd === null || !Number.isFinite(usd)) return "unknown";
  return `${signOf(usd)}$${usdDigits(Math.abs(usd))}`;
}

/** Money spent, honest about calls whose price is unknown: `$0.04`, `≥ $0.04 (3 calls at unknown prices)`. */
export function formatSpent(costUsd: number, unpricedCalls = 0): string {
  if (unpricedCalls === 0) return formatUsd(costUsd);
  const calls = unpricedCalls === 1 ? "1 call" : `${formatInt(unpricedCalls)} calls`;
  return `≥ ${formatUsd(costUsd)} (${calls} at unknown prices)`;
}
