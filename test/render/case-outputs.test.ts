// How answers read in the comment: wrapped text with the head's changes marked against the base answer.
import { describe, expect, it } from "vitest";
import { estimateCost } from "../../src/core/cost/estimate.js";
import type { SampleOutput } from "../../src/core/report/report.js";
import { renderCase } from "../../src/render/markdown-cases.js";
import { renderEstimateTable } from "../../src/render/markdown-sections.js";
import { buildCase, sample } from "../fixtures/reports/builders.js";
import { countTags, renderGfm } from "../support/gfm.js";

const OPTIONS = {
  groups: ["regressed"] as const,
  maxOutputChars: 600,
  maxVarChars: 300,
  maxCasesPerGroup: 10,
};

function caseOf(base: SampleOutput, head: SampleOutput) {
  return buildCase({ id: "refund", index: 0, change: "regressed", base: [base], head: [head] });
}

const BASE =
  "Our refund policy covers size exchanges within 30 days. Use the return link in your order email, and keep the receipt.";
const HEAD =
  "No problem: size exchanges are covered within 30 days. Use the return link in your order email, and keep the receipt.";

describe("answers in a case", () => {
  it("are wrapped text, not code blocks, with the head's changes marked against the base", () => {
    const markdown = renderCase(
      caseOf(sample(BASE), sample(HEAD, { cites: "no policy" })),
      OPTIONS,
      "regressed",
    );
    expect(markdown).not.toContain("```");
    const html = renderGfm(markdown);
    expect(countTags(html).get("pre")).toBeUndefined();
    expect(html).toContain(`<blockquote>\n<p>${BASE}</p>`);
    expect(html).toContain(
      "<del>Our refund policy covers </del><ins>No problem: </ins>size exchanges <ins>are covered </ins>within",
    );
    expect(html).toContain("the return link in your order email, and keep the receipt.");
  });

  it("keep line breaks as breaks and escape whatever the model wrote", () => {
    const markdown = renderCase(
      caseOf(sample("fine"), sample("line one\n# not a heading\n<b>x</b> @octocat")),
      OPTIONS,
    );
    const html = renderGfm(markdown);
    expect(html).toContain("line one<br># not a heading<br>&lt;b&gt;x&lt;/b&gt; ＠octocat");
    expect(countTags(html).get("h1")).toBeUndefined();
  });

  it("stay fenced when they are JSON or hold code, without a word diff", () => {
    const json = '{"intent": "refund", "confidence": 0.9}';
    const markdown = renderCase(caseOf(sample('{"intent": "billing"}'), sample(json)), OPTIONS);
    expect(markdown).toContain(`\`\`\`json\n${json}\n\`\`\``);
    expect(markdown).not.toContain("<ins>");
  });

  it("are cut with a visible note, and the note is not marked as a change", () => {
    const long = `${"refund ".repeat(200)}end`;
    const markdown = renderCase(caseOf(sample(long), sample(`${long} extra`)), {
      ...OPTIONS,
      maxOutputChars: 100,
    });
    expect(markdown).toContain("… (1,");
    expect(markdown).toMatch(/more characters\)/);
    expect(markdown).not.toMatch(/<(ins|del)>[^<]*more characters/);
  });

  it("say when the head answer is the same as the base's", () => {
    const markdown = renderCase(caseOf(sample("Same answer."), sample("Same answer.", { x: "y" })), OPTIONS);
    expect(markdown).toContain("> Same answer.\n\n(the same answer as the base)");
  });
});

describe("the static estimate's output tokens", () => {
  it("say where the figure comes from once, without repeating it", () => {
    const calls = [[{ role: "user" as const, content: "Hello" }]];
    const estimate = estimateCost({ model: "gpt-4o-mini", calls, maxTokens: 300 }, {});
    const table = renderEstimateTable({ base: estimate, head: estimate, evalCalls: 2, evalCostUsd: 0.0004 });
    expect(table).toContain(
      "| output tokens per call | 300 — the maxTokens limit, the most the model may write |",
    );
    expect(table.match(/300/g)).toHaveLength(2);
  });
});
