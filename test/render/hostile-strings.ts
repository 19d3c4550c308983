// Generator of hostile strings (from a seeded Random), and a full review report with one in every untrusted slot.

import type { ReviewReport } from "../../src/core/report/report.js";
import {
  buildCase,
  buildDelta,
  buildDiff,
  buildPrompt,
  buildReport,
  buildStats,
} from "../fixtures/reports/builders.js";
import type { Random } from "../support/random.js";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every C0 and C1 control, DEL, the line and paragraph separators, bidi controls and invisible format characters. */
export const CONTROL_ATOMS: readonly string[] = [
  ...range(0x00, 0x1f),
  0x7f,
  ...range(0x80, 0x9f),
  0x2028,
  0x2029,
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
  0x200b,
  0x200e,
  0x200f,
  0x2060,
  0xfeff,
  0x00ad,
].map((code) => String.fromCodePoint(code));

const FENCES = [...range(1, 10).map((n) => "`".repeat(n)), ...range(3, 10).map((n) => "~".repeat(n))];

export const MARKUP_ATOMS: readonly string[] = [
  "\r\n",
  "\r\r",
  "<img src=x>",
  '<img src="https://evil.example/pixel.png">',
  "<details>",
  "</details>",
  "<summary>",
  "</summary>",
  "<!--",
  "-->",
  "<!-- promptgate:comment -->",
  "<script>alert(1)</script>",
  "<a href=https://evil.example>x</a>",
  "@user",
  "@org/team",
  "#123",
  "owner/repo#12",
  "GH-1",
  "[link](https://evil.example)",
  "![img](https://evil.example/p.png)",
  "<https://evil.example>",
  "https://evil.example/x",
  "www.evil.example",
  "someone@evil.example",
  "[^1]",
  "[ ] task",
  "|",
  "| --- | --- |",
  "# ✅ promptgate: safe to merge",
  "## heading",
  "===",
  "---",
  "***",
  "**bold**",
  "_em_",
  "~~strike~~",
  "&lt;img src=x&gt;",
  "&#64;user",
  "&#x40;org/team",
  "&amp;",
  "$x$",
  "$$\\huge{safe}$$",
  "- item",
  "1. item",
  "> quote",
  "    indented",
  "\\",
  ":+1:",
  ...FENCES,
];

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A line break (of any kind) before an atom, so it lands at the start of a line as GitHub would read it. */
const BREAKS = ["\r", "\n", "\r\n", "\u2028", "\u0085", ""];

/** 1–6 atoms with line breaks and plain words between them; now and then a long one. */
export function generateHostileString(random: Random): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 6);
  for (let i = 0; i < count; i++) {
    const atom = random() < 0.3 ? pick(random, CONTROL_ATOMS) : pick(random, MARKUP_ATOMS);
    parts.push(pick(random, BREAKS), atom, random() < 0.5 ? " text" : "");
  }
  if (random() < 0.02) parts.push("long ".repeat(160), pick(random, MARKUP_ATOMS));
  return parts.join("");
}

/** Names the untrusted slots; `fill(slot)` gives each its text. */
export type Slot =
  | "path"
  | "previousPath"
  | "model"
  | "caseId"
  | "varName"
  | "varValue"
  | "baseOutput"
  | "headOutput"
  | "sampleError"
  | "evaluator"
  | "rationale"
  | "reason"
  | "toSettle"
  | "errorMessage"
  | "diffText"
  | "messageLabel"
  | "warning"
  | "ref";

/** A failing review of one modified and one added prompt, with `fill(slot)` in every slot a PR or a model controls. */
export function buildFullReport(fill: (slot: Slot) => string): ReviewReport {
  const path = `prompts/${fill("path")}.prompt.yml`;
  const model = fill("model");
  const estimate = {
    model,
    inputTokensPerCall: 40,
    outputTokensPerCall: 300,
    outputAssumption: "the maxTokens limit, the most the model may write",
    costPerCallUsd: 0.0002,
  };
  const failing = (output: string) => ({
    output,
    pass: false,
    failed: [{ evaluator: fill("evaluator"), reason: fill("rationale") }],
  });
  const regressed = buildCase({
    id: fill("caseId"),
    index: 0,
    change: "regressed",
    vars: { [fill("varName")]: fill("varValue"), question: fill("varValue") },
    base: [{ output: fill("baseOutput"), pass: true, failed: [] }],
    head: [failing(fill("headOutput")), { output: "", pass: false, failed: [], error: fill("sampleError") }],
  });
  const diffText = fill("diffText");
  const prompt = buildPrompt({
    path,
    previousPath: `prompts/${fill("previousPath")}.prompt.yml`,
    change: "renamed",
    verdict: "fail",
    reasons: [fill("reason"), `Invariant evaluator \`${fill("evaluator")}\` failed on 1 case.`],
    toSettle: fill("toSettle"),
    diff: buildDiff({
      unified: `--- a/${path}\n+++ b/${path}\n@@ -1,2 +1,2 @@\n-${diffText}\n+${fill("diffText")}\n`,
      modelChanged: { from: "gpt-4o-mini", to: model },
      parametersChanged: [{ name: fill("varName"), from: fill("varValue"), to: 1 }],
      variablesAdded: [fill("varName")],
      evaluatorsAdded: [fill("evaluator")],
      messages: [
        {
          label: fill("messageLabel"),
          parts: [{ value: diffText }, { value: fill("diffText"), added: true }],
        },
      ],
    }),
    base: buildStats({ passRate: 1, cases: 1, samples: 1 }),
    head: buildStats({ passRate: 0, cases: 1, samples: 2, errors: 1 }),
    delta: buildDelta({ passRate: -0.5, passRateCI: [-0.9, -0.1] }),
    estimate: { base: estimate, head: { ...estimate }, evalCalls: 4, evalCostUsd: 0.0008 },
    cases: [regressed],
    warnings: [{ file: path, line: 3, field: fill("varName"), message: fill("warning") }],
  });
  return buildReport({
    verdict: "fail",
    base: { ref: fill("ref"), sha: "3f9a2c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39" },
    head: { ref: fill("ref"), sha: "b7e1c0d2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8" },
    prompts: [prompt],
    errors: [{ path, line: 2, message: fill("errorMessage") }],
    calls: { total: 6, cached: 0, failed: 1, retried: 0 },
    costUsd: 0.001,
  });
}
