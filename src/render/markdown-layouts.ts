// The steps by which the comment degrades to fit GitHub's size limit, from full detail to summary tables.
import type { CaseDetailOptions } from "./markdown-cases.js";
import type { DiffRenderOptions } from "./markdown-diff.js";

export interface Layout {
  /** What this step leaves out, for the visible trim note; undefined for the full layout. */
  leftOut?: string;
  /** Prompt diff options; undefined leaves the diff out. */
  diff?: DiffRenderOptions;
  /** Case detail options; undefined lists regressed case ids only. */
  cases?: CaseDetailOptions;
  /** Show the static cost estimate of evaluated prompts (collapsed). */
  estimate: boolean;
  /** Most reasons, warnings and errors listed per list. */
  maxListItems: number;
  /** Show as many cases per group as fit (up to `cases.maxCasesPerGroup`); `{n}` in `leftOut` names the count. */
  adaptive?: boolean;
}

const FULL_DIFF: DiffRenderOptions = { maxUnifiedChars: 20_000, maxWordDiffChars: 4_000 };
const SHORT_DIFF: DiffRenderOptions = { maxUnifiedChars: 4_000, maxWordDiffChars: 1_000 };
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** Ordered from most to least detail; the renderer takes the first that fits. */
export const LAYOUTS: readonly Layout[] = [
  {
    diff: FULL_DIFF,
    cases: {
      groups: ["regressed", "flaky", "improved", "still_failing", "added"],
      maxOutputChars: 600,
      maxVarChars: 300,
      maxCasesPerGroup: NO_LIMIT,
    },
    estimate: true,
    maxListItems: 20,
  },
  {
    leftOut: "details of improved, unchanged and added cases left out",
    diff: FULL_DIFF,
    cases: {
      groups: ["regressed", "flaky"],
      maxOutputChars: 600,
      maxVarChars: 300,
      maxCasesPerGroup: NO_LIMIT,
    },
    estimate: true,
    maxListItems: 20,
  },
  {
    leftOut:
      "only regressed cases are shown, at most {n} per prompt with outputs cut to 200 characters, and the prompt diff is shortened",
    diff: SHORT_DIFF,
    cases: { groups: ["regressed"], maxOutputChars: 200, maxVarChars: 100, maxCasesPerGroup: 200 },
    estimate: false,
    maxListItems: 10,
    adaptive: true,
  },
  {
    leftOut: "prompt diffs and case details left out (the JSON report has them)",
    estimate: false,
    maxListItems: 5,
  },
];
