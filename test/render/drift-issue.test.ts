// The drift issue as GitHub renders it: golden layout, Mermaid charts as code blocks, hostile outputs inert.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/config-schema.js";
import { decideDrift, type MonitorRecord, type TodayRun } from "../../src/core/gate/drift.js";
import {
  renderDriftIssue,
  renderHistoryCharts,
  renderMonitorMarkdown,
  renderRecoveredComment,
} from "../../src/render/drift-issue.js";
import { countTags, renderGfm, textOutsideCode } from "../support/gfm.js";
import { expectGolden } from "./golden-file.js";

const HOSTILE = "<script>alert(1)</script> @octocat #1 [x](javascript:alert) -->\n# heading\n```";

function today(
  passing: (i: number) => boolean,
  at: string,
  snapshots = ["gpt-4o-mini-2024-07-18"],
): TodayRun {
  const cases = Array.from({ length: 30 }, (_, i) => ({
    id: `row-${i + 1}`,
    passes: [passing(i)],
    outputs: [passing(i) ? `The city is City${i + 1}.` : HOSTILE],
  }));
  return {
    path: "prompts/cities.prompt.yml",
    contentHash: "a".repeat(40),
    model: "gpt-4o-mini",
    snapshots,
    at,
    cases,
    passRate: cases.filter((c) => c.passes[0]).length / cases.length,
    costPerCallUsd: 0.000012,
    latencyP50Ms: 420,
    incomplete: false,
  };
}

function driftOutcome() {
  const gate = defaultConfig.gate;
  let record: MonitorRecord | undefined;
  for (const at of ["2026-11-28T03:00:00Z", "2026-11-29T03:00:00Z"]) {
    record = decideDrift(
      record,
      today(() => true, at),
      gate,
    ).record;
  }
  const worse = today((i) => i % 3 === 2, "2026-11-30T03:00:00Z", ["gpt-4o-mini-2026-11-01"]);
  return decideDrift(record, worse, gate);
}

describe("drift issue", () => {
  it("matches the golden layout, with the snapshot change and the history chart", () => {
    const outcome = driftOutcome();
    expect(outcome.status).toBe("drift");
    expectGolden("drift-issue.md", renderDriftIssue(outcome));
  });

  it("charts latency only when every run measured it, and says unknown for a Batch API run", () => {
    const point = { passRate: 1, costPerCallUsd: 0.000012, status: "stable" };
    const history = [
      { ...point, at: "2026-11-28T03:00:00Z", latencyP50Ms: 420 },
      { ...point, at: "2026-11-29T03:00:00Z", latencyP50Ms: null },
    ];
    const charts = String(renderHistoryCharts(history));
    expect(charts).not.toContain("Latency p50 (ms)");
    expect(charts).toContain("| $0.000012 | unknown |");
    expect(String(renderHistoryCharts(history.slice(0, 1)))).toContain("Latency p50 (ms)");
  });

  it("renders charts as mermaid code blocks and model outputs as inert text", () => {
    const html = renderGfm(renderDriftIssue(driftOutcome()));
    expect(html).toContain('<code class="language-mermaid">xychart-beta');
    expect(countTags(html).get("script")).toBeUndefined();
    expect(countTags(html).get("a")).toBeUndefined();
    expect(countTags(html).get("h1")).toBeUndefined();
    const prose = textOutsideCode(html);
    expect(prose).toContain("<script>alert(1)</script>");
    expect(prose).not.toMatch(/(^|\s)@octocat/);
  });

  it("says the prompt recovered when it closes the issue", () => {
    const gate = defaultConfig.gate;
    const drifted = driftOutcome();
    const back = decideDrift(
      drifted.record,
      today(() => true, "2026-12-01T03:00:00Z"),
      gate,
    );
    expect(back.status).toBe("recovered");
    expect(renderRecoveredComment(back)).toContain("is back within the margin (pass rate 100%)");
  });

  it("reports a run's declines and recoveries together, and says so when nothing declined", () => {
    const drifted = driftOutcome();
    const back = decideDrift(
      drifted.record,
      today(() => true, "2026-12-01T03:00:00Z"),
      defaultConfig.gate,
    );
    const stable = decideDrift(
      back.record,
      today(() => true, "2026-12-02T03:00:00Z"),
      defaultConfig.gate,
    );
    expect(stable.status).toBe("stable");
    expect(renderMonitorMarkdown([drifted, stable, back])).toBe(
      `${renderDriftIssue(drifted)}\n\n---\n\n${renderRecoveredComment(back)}\n`,
    );
    expect(renderMonitorMarkdown([stable])).toBe("No prompt declined.\n");
  });
});
