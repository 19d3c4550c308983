// The signs every formatter puts in front of a number, so `+`, `−` and `±` read the same in every message.

/** Typographic minus, so negative deltas line up with `+` and read as numbers, not dashes. */
export const MINUS = "−";

/** `+` for a rise, `−` for a fall, `±` for no change. */
export function signOf(n: number): string {
  if (n > 0) return "+";
  if (n < 0) return MINUS;
  return "±";
}
