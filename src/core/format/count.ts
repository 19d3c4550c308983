// How counts print (calls, rows, tokens, characters, bytes): digits grouped by commas, whatever the machine's locale.
import { MINUS } from "./sign.js";

/** `12345` → `12,345`, `-3` → `−3`; rounded to a whole number. */
export function formatInt(n: number): string {
  const rounded = Math.round(n);
  const sign = rounded < 0 ? MINUS : "";
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `1 prompt`, `2 prompts`, `1,200 rows`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatInt(n)} ${n === 1 ? word : many}`;
}

/** A file size in binary units: `512 bytes`, `64 KiB`, `1.5 MiB` (one decimal only when not whole). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}
