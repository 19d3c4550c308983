// Renders a full report with generated hostile strings in every untrusted slot and reads the result as GitHub
// would (micromark + GFM): no element, mention or heading that promptgate did not write itself.
import { describe, expect, it } from "vitest";
import { renderRestrictedSummary } from "../../src/action/summaries.js";
import type { ReviewReport } from "../../src/core/report/report.js";
import { buildAnnotations } from "../../src/render/annotations.js";
import { renderCheckOutput } from "../../src/render/check-output.js";
import { COMMENT_MARKER } from "../../src/render/limits.js";
import { renderComment } from "../../src/render/markdown-comment.js";
import { countTags, findReferences, firstParagraph, listHeadings, renderGfm } from "../support/gfm.js";
import { createRandom } from "../support/random.js";
import { buildFullReport, generateHostileString, type Slot } from "./hostile-strings.js";

const CASES = 1_000;
const SEED = 20_261_130;

/** Characters that must never reach GitHub as they are: they move, hide or reorder text. */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u2060\uFEFF\u00AD]/;

/** Elements promptgate writes; each may appear at most as often as with benign text. */
const COUNTED = [
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "details",
  "summary",
  "table",
  "tr",
  "a",
  "hr",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
];

const benignFill = (slot: Slot) => `benign ${slot} text`;

type Rendered = { name: string; markdown: string };

/** The step summary of a fork run (the dry-run renderer); a normal run's step summary is the comment itself. */
const stepSummary = (fill: (slot: Slot) => string) =>
  renderRestrictedSummary("the pull request comes from a fork", {
    ...buildFullReport(fill),
    dryRun: true,
    verdict: "skipped",
  });

const RUN_URL = "https://github.com/o/r/actions/runs/1";
const benign = new Map([
  ["comment", countTags(renderGfm(renderComment(buildFullReport(benignFill), { runUrl: RUN_URL })))],
  ["step summary", countTags(renderGfm(stepSummary(benignFill)))],
]);

/** `html` is the parse of `markdown` when the caller has it already: micromark is most of this test's time. */
function expectWellFormed({ name, markdown }: Rendered, where: string, html = renderGfm(markdown)): void {
  const tags = countTags(html);
  const allowed = benign.get(name)!;
  for (const [tag, count] of tags) {
    // Tags with benign text all appear in `allowed`; a hostile string may only shift text between them.
    if (!allowed.has(tag) && !["br", "del", "ins", "pre", "code", "blockquote", "p"].includes(tag))
      expect.fail(`${where}: <${tag}> appeared in the ${name}`);
    if (COUNTED.includes(tag))
      expect(count, `${where}: <${tag}> in the ${name}`).toBeLessThanOrEqual(allowed.get(tag) ?? 0);
  }
  expect(findReferences(html), `${where}: ${name}`).toEqual([]);
  expect(INVISIBLE.test(markdown), `${where}: invisible character in the ${name}`).toBe(false);
  expect(markdown.split(COMMENT_MARKER).length, `${where}: markers in the ${name}`).toBeLessThanOrEqual(2);
}

function expectHeadlines(html: string, where: string): void {
  expect(firstParagraph(html), where).toMatch(/^❌ promptgate: regression — /);
  const [errors, prompt] = listHeadings(html);
  expect(errors, where).toBe("Errors");
  expect(prompt, where).toMatch(/^❌ .* — regression \(renamed\)$/);
}

/** The check: its summary is the comment without the marker (so what holds for one holds for the other). */
function expectCheck(report: ReviewReport, comment: string, where: string): void {
  const check = renderCheckOutput(report, { runUrl: RUN_URL });
  expect(check.summary, where).toBe(comment.replace(`${COMMENT_MARKER}\n`, ""));
  expect(check.title, where).not.toMatch(INVISIBLE);
  expect(check.title, where).not.toMatch(/[\r\n]/);
  for (const a of buildAnnotations(report, {})) {
    expect(`${a.title}${a.message}`, where).not.toMatch(INVISIBLE);
    expect(a.title, where).not.toMatch(/[\r\n]/);
  }
}

describe("hostile strings in every untrusted slot, read as GitHub reads them", () => {
  it("the benign report renders every element the checks compare against", () => {
    const comment = benign.get("comment")!;
    for (const tag of ["details", "summary", "table", "h3", "a", "del", "ins", "blockquote"])
      expect(comment.has(tag), tag).toBe(true);
  });

  it(`writes no element, mention or heading of their own, in ${CASES} generated reports (seed ${SEED})`, () => {
    const random = createRandom(SEED);
    for (let i = 0; i < CASES; i++) {
      const strings = new Map<Slot, string>();
      const fill = (slot: Slot) => {
        if (!strings.has(slot)) strings.set(slot, generateHostileString(random));
        return strings.get(slot)!;
      };
      const report = buildFullReport(fill);
      const where = `case ${i}: ${JSON.stringify(Object.fromEntries(strings)).slice(0, 600)}`;
      const comment = renderComment(report, { runUrl: RUN_URL });
      const html = renderGfm(comment);
      expectWellFormed({ name: "comment", markdown: comment }, where, html);
      expectHeadlines(html, where);
      expectCheck(report, comment, where);
      // The dry-run renderer shares the escapes; every fifth report keeps the run within seconds.
      if (i % 5 === 0) expectWellFormed({ name: "step summary", markdown: stepSummary(fill) }, where);
    }
  }, 180_000);
});
