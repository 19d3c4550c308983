// The one-line progress indicator the CLI rewrites in place with `\r` while calls run.
import { formatInt } from "../core/format/count.js";
import { formatUsd } from "../core/format/money.js";
import { formatDuration } from "../core/format/time.js";

export interface Progress {
  done: number;
  total: number;
  cached: number;
  failed: number;
  costUsd: number;
  elapsedMs: number;
}

function bar(done: number, total: number, cells: number): string {
  const filled = total > 0 ? Math.min(cells, Math.floor((done / total) * cells)) : 0;
  return `[${"#".repeat(filled)}${"-".repeat(cells - filled)}]`;
}

/**
 * `[#####-----] 120/360 calls · 40 cached · 2 failed · $0.012 · 1m 05s`, padded to `width - 1`
 * columns so a shorter line fully overwrites a longer one, and never wrapping. No newline.
 */
export function renderProgressLine(progress: Progress, width: number): string {
  const { done, total, cached, failed, costUsd, elapsedMs } = progress;
  const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
  const facts = [
    `${formatInt(done)}/${formatInt(total)} calls (${pct}%)`,
    `${formatInt(cached)} cached`,
    ...(failed > 0 ? [`${formatInt(failed)} failed`] : []),
    formatUsd(costUsd),
    formatDuration(elapsedMs),
  ].join(" · ");
  const columns = Math.max(1, width - 1);
  const cells = Math.min(30, columns - facts.length - 3);
  const line = cells >= 5 ? `${bar(done, total, cells)} ${facts}` : facts;
  return line.length > columns ? line.slice(0, columns) : line.padEnd(columns);
}
