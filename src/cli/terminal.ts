// How the CLI talks to a terminal: color only for a TTY without NO_COLOR, a live progress line on stderr.
import { renderProgressLine } from "../render/progress-line.js";
import type { PaintOptions } from "../render/terminal-text.js";

/** What the CLI found out about its terminal: how to paint, and whether a live progress line fits. */
export interface DetectedTerminal extends PaintOptions {
  progress: boolean;
  width: number;
}

export function detectTerminal(stream: NodeJS.WriteStream = process.stdout): DetectedTerminal {
  const tty = Boolean(stream.isTTY);
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "";
  return {
    color: tty && !noColor && process.env.TERM !== "dumb",
    progress: Boolean(process.stderr.isTTY) && process.env.CI === undefined,
    // Piped output (CI logs, files) is not cut to a width.
    width: tty ? stream.columns || 100 : 10_000,
  };
}

export interface ProgressFigures {
  done: number;
  total: number;
  cached: number;
  failed: number;
  costUsd: number;
}

/** A progress reporter that redraws one stderr line at most every 100 ms; `end()` clears it. */
export function createProgress(enabled: boolean, width: number) {
  const columns = Math.min(width, 120);
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(figures: ProgressFigures): void {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && figures.done < figures.total) return;
      last = now;
      shown = true;
      process.stderr.write(
        `\r${renderProgressLine({ ...figures, elapsedMs: now - started }, columns)}\x1b[K`,
      );
    },
    /** The engine's progress callback, for review and eval alike. */
    fromStats(stats: {
      total: number;
      planned: number;
      cached: number;
      failed: number;
      costUsd: number;
    }): void {
      this.update({
        done: stats.total,
        total: stats.planned,
        cached: stats.cached,
        failed: stats.failed,
        costUsd: stats.costUsd,
      });
    },
    end(): void {
      if (shown) process.stderr.write("\r\x1b[K");
    },
  };
}
