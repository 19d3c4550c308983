// Terminal lines as coloured segments: ANSI only when asked, control characters from data never reach the tty.
import { showInvisible } from "./visible-text.js";

export type Color = "red" | "green" | "yellow" | "cyan" | "dim" | "bold";

/** How a terminal renderer paints its lines; the shell decides from NO_COLOR / FORCE_COLOR / isTTY. */
export interface PaintOptions {
  /** ANSI colours. */
  color: boolean;
  /** Cut lines to this many columns. */
  width?: number;
}

export interface Segment {
  text: string;
  color?: Color;
  /** Never cut to the width (a link is useless with its end replaced by `…`). */
  whole?: boolean;
}

const ANSI: Record<Color, [string, string]> = {
  red: ["\x1b[31m", "\x1b[39m"],
  green: ["\x1b[32m", "\x1b[39m"],
  yellow: ["\x1b[33m", "\x1b[39m"],
  cyan: ["\x1b[36m", "\x1b[39m"],
  dim: ["\x1b[2m", "\x1b[22m"],
  bold: ["\x1b[1m", "\x1b[22m"],
};

/**
 * Model output and file content may hold escape sequences, carriage returns or bidi overrides; shown raw they
 * could rewrite or reorder the terminal. The same visible forms as in Markdown (`␛`, `␍`, `\u{202E}`).
 */
export function sanitizeTerminal(text: string): string {
  return showInvisible(text, "space");
}

/** Joins segments, cut to `width` visible characters with `…`, coloured only when `color` is true. */
export function paintLine(segments: readonly Segment[], color: boolean, width?: number): string {
  let room = width ?? Number.POSITIVE_INFINITY;
  let out = "";
  for (const seg of segments) {
    if (room <= 0) break;
    let text = sanitizeTerminal(seg.text);
    if (text.length > room && !seg.whole) text = `${text.slice(0, Math.max(0, room - 1))}…`;
    room -= text.length;
    out += color && seg.color ? `${ANSI[seg.color][0]}${text}${ANSI[seg.color][1]}` : text;
  }
  return out;
}
