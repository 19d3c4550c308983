// Terminal output of `promptgate monitor`: one line per prompt with its drift status and the figures behind it.

import { formatUsd } from "../core/format/money.js";
import { formatRate } from "../core/format/percent.js";
import { formatPoints, formatPValue } from "../core/format/points.js";
import { formatMs } from "../core/format/time.js";
import type { DriftOutcome } from "../core/gate/drift.js";
import { type Color, type PaintOptions, paintLine } from "./terminal-text.js";

const STATUS_COLOR: Record<DriftOutcome["status"], Color> = {
  recorded: "dim",
  stable: "green",
  drift: "red",
  recovered: "green",
  inconclusive: "yellow",
};

export function renderMonitorSummary(outcomes: DriftOutcome[], options: PaintOptions): string {
  const lines = outcomes.map((o) => {
    const last = o.record.history.at(-1);
    const figures = last
      ? `pass ${formatRate(last.passRate)}, ${formatUsd(last.costPerCallUsd)}/call, p50 ${formatMs(last.latencyP50Ms)}`
      : "";
    const change = o.decision
      ? `, ${formatPoints(o.decision.estimate)} vs baseline (${formatPValue(o.decision.pValue)})`
      : "";
    const regressed = o.status === "drift" ? `; ${o.regressed.length} cases declined` : "";
    return paintLine(
      [
        { text: `${o.status.padEnd(12)} `, color: STATUS_COLOR[o.status] },
        { text: `${o.record.path}: ${figures}${change}${regressed}` },
      ],
      options.color,
    );
  });
  return lines.join("\n");
}
