// Every golden comment through the HTML preview (src/adapters/comment-preview.ts) in headless Chromium, checked
// on the live DOM as a reader sees it; and screenshots of the demo comment, light and dark, for the README.
// The page is inspected in the browser, so this file alone is typed against the DOM: tsconfig.browser-test.json
// (run by `npm run typecheck`); tsconfig.json leaves it out, so nothing else sees DOM globals.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module shared with the demo
import { buildDemoRepo } from "../../scripts/demo/build-demo-repo.mjs";
import { COMMENT_COLUMN_PX, renderCommentPreview } from "../../src/adapters/comment-preview.js";
import { renderCheckOutput } from "../../src/render/check-output.js";
import { renderComment } from "../../src/render/markdown-comment.js";
import { launchBrowser, type TestBrowser } from "../support/browser.js";
import { reviewDemoRepo } from "../support/demo-review.js";
import { findDetails, findTables } from "../support/markdown-source.js";

const GOLDEN_DIR = join(import.meta.dirname, "../golden");
/** Where the screenshots go: committed, shown at the top of the README. */
const SCREENSHOT_DIR = join(import.meta.dirname, "../../docs/screenshots");

// Whatever comments the renderer's goldens hold today: their text is not this test's business, their shape is.
const goldens = readdirSync(GOLDEN_DIR).filter((f) => /^(comment-.*|dry-run)\.md$/.test(f));

let browser: TestBrowser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
}, 60_000);
afterAll(async () => browser?.close());

/** What the page shows, measured in the browser. */
interface Layout {
  tables: { rows: number[] }[];
  pipeParagraphs: string[];
  firstLine: string;
  firstStrong: string;
  firstBlockIsHeadline: boolean;
  overflowing: string[];
  mentionLinks: string[];
  details: { open: boolean; summary: string }[];
  footerInsideDetails: boolean;
}

function measure(column: number): Layout {
  const main = document.querySelector("main")!;
  const right = main.getBoundingClientRect().left + column;
  // innerText, not textContent: what is rendered visible is the point here (hidden comments, closed details).
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what this measures
  const visible = [...main.children].filter((e) => (e as HTMLElement).innerText.trim() !== "");
  const first = visible[0] as HTMLElement | undefined;
  const strong = main.querySelector("strong");
  const describe = (e: Element) => `<${e.tagName.toLowerCase()}> ${(e.textContent ?? "").slice(0, 60)}`;
  return {
    tables: [...main.querySelectorAll("table")].map((t) => ({
      rows: [...t.querySelectorAll("tr")].map((r) => r.querySelectorAll("th, td").length),
    })),
    // A table GFM did not take is prose: its rows stay lines of text that start with `|`.
    pipeParagraphs: [...main.querySelectorAll("p, li")]
      .flatMap((p) => (p.textContent ?? "").split("\n"))
      .map((line) => line.trim())
      .filter((line) => line.startsWith("|")),
    // biome-ignore lint/performance/useDomNodeTextContent: the first line a reader sees, after layout
    firstLine: main.innerText.trim().split("\n")[0] ?? "",
    firstStrong: strong?.textContent ?? "",
    firstBlockIsHeadline: first !== undefined && strong !== null && first.contains(strong),
    // Code blocks scroll on GitHub too; anything else past the column's right edge is cut off or scrolls.
    overflowing: [...main.querySelectorAll("*")]
      .filter((e) => !e.closest("pre") && e.getBoundingClientRect().right > right + 0.5)
      .map(describe),
    mentionLinks: [...main.querySelectorAll("a")]
      .filter((a) => a.classList.contains("user-mention") || (a.textContent ?? "").startsWith("@"))
      .map(describe),
    details: [...main.querySelectorAll("details")].map((d) => ({
      open: d.open,
      summary: d.querySelector(":scope > summary")?.textContent ?? "",
    })),
    footerInsideDetails: [...main.querySelectorAll("p")].some(
      (p) => (p.textContent ?? "").startsWith("Run:") && p.closest("details") !== null,
    ),
  };
}

/** Clicks each `<details>` summary twice: it must open (showing content) and close again. */
async function toggleEachDetails(): Promise<{ opened: boolean; shown: boolean; closed: boolean }[]> {
  const results = [];
  const count = await page.locator("main details").count();
  for (let i = 0; i < count; i++) {
    const details = page.locator("main details").nth(i);
    // A nested one is only reachable with its parents open.
    await details.evaluate((d) => {
      for (let p = d.parentElement?.closest("details"); p; p = p.parentElement?.closest("details")) {
        (p as HTMLDetailsElement).open = true;
      }
      (d as HTMLDetailsElement).open = false;
    });
    const summary = details.locator(":scope > summary");
    await summary.click();
    const opened = await details.evaluate((d) => (d as HTMLDetailsElement).open);
    const shown = await details.evaluate((d) =>
      [...d.children].some((c) => c.tagName !== "SUMMARY" && c.getBoundingClientRect().height > 0),
    );
    await summary.click();
    const closed = await details.evaluate((d) => !(d as HTMLDetailsElement).open);
    results.push({ opened, shown, closed });
  }
  return results;
}

describe("golden comments in a real browser", () => {
  it("finds goldens to render", () => {
    expect(goldens.length).toBeGreaterThan(5);
  });

  it.each(goldens)("%s renders as GitHub would show it", async (name) => {
    const markdown = readFileSync(join(GOLDEN_DIR, name), "utf8");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.setContent(renderCommentPreview(markdown));
    const layout = await page.evaluate(measure, COMMENT_COLUMN_PX);

    const sourceTables = findTables(markdown);
    expect(layout.tables.length, "tables rendered").toBe(sourceTables.length);
    sourceTables.forEach((source, i) => {
      const width = source.rows[0]!.length;
      const where = `${name}:${source.line}`;
      for (const row of source.rows) expect(row.length, `${where}: cells in ${row.join(" | ")}`).toBe(width);
      expect(layout.tables[i]!.rows, where).toEqual(source.rows.map(() => width));
    });
    expect(layout.pipeParagraphs, "table rows shown as text").toEqual([]);

    expect(layout.firstStrong).toMatch(/^promptgate: /);
    expect(layout.firstBlockIsHeadline).toBe(true);
    expect(layout.firstLine.includes(layout.firstStrong)).toBe(true);

    expect(layout.overflowing, `wider than the ${COMMENT_COLUMN_PX}px column`).toEqual([]);
    expect(layout.mentionLinks, "@mentions that would notify").toEqual([]);

    const sourceDetails = findDetails(markdown);
    expect(layout.details.map((d) => d.open)).toEqual(sourceDetails.map((d) => d.open));
    for (const d of layout.details) expect(d.summary.trim()).not.toBe("");
    expect(layout.footerInsideDetails, "the footer swallowed by an unclosed <details>").toBe(false);
    for (const result of await toggleEachDetails()) {
      expect(result).toEqual({ opened: true, shown: true, closed: true });
    }
  });
});

describe("the browser checks themselves", () => {
  it("catch a table split by a paragraph, a live mention, an unclosed <details> and a table too wide", async () => {
    const broken = [
      "<!-- promptgate:comment -->",
      "❌ **promptgate: regression** — made up to break every rule",
      "",
      "| a | b |",
      "|---|---|",
      "| 1 | 2 |",
      "",
      "A paragraph in the middle.",
      "| 3 | 4 |",
      "",
      "Thanks @octocat.",
      "",
      `|${" a-rather-long-column-heading |".repeat(12)}`,
      `|${"---|".repeat(12)}`,
      "",
      "<details><summary>Cases</summary>",
      "",
      "---",
      "",
      "**Run:** 1 call",
    ].join("\n");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.setContent(renderCommentPreview(broken));
    const layout = await page.evaluate(measure, COMMENT_COLUMN_PX);
    expect(layout.tables).toHaveLength(2);
    expect(findTables(broken)).toHaveLength(2);
    expect(layout.pipeParagraphs).toEqual(["| 3 | 4 |"]);
    expect(layout.mentionLinks).toEqual(["<a> @octocat"]);
    expect(layout.footerInsideDetails).toBe(true);
    expect(layout.overflowing.length).toBeGreaterThan(0);
    expect(layout.firstStrong).toBe("promptgate: regression");
  });
});

describe("screenshots of the demo comment", () => {
  it("are saved light and dark, with the regressed cases open, and of the check, to docs/screenshots/", async () => {
    const repo: string = buildDemoRepo();
    try {
      const report = await reviewDemoRepo(repo);
      expect(report.verdict).toBe("fail");
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.setViewportSize({ width: 900, height: 900 });
      await page.setContent(renderCommentPreview(renderComment(report, { shell: "action" })));
      const shoot = async (name: string) => {
        const png = await page.locator("main").screenshot({ animations: "disabled" });
        expect(png.subarray(1, 4).toString()).toBe("PNG");
        writeFileSync(join(SCREENSHOT_DIR, name), png);
      };
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(`demo-comment-${scheme}.png`);
      }
      // The regressed cases opened, as a reader would click them: the outputs side by side.
      await page.emulateMedia({ colorScheme: "light" });
      await page.locator("main details > summary", { hasText: "regressed" }).first().click();
      await shoot("demo-comment-cases-light.png");

      // The check run's page shows its title as the heading over the summary: its top is what a reviewer sees.
      const check = renderCheckOutput(report, { shell: "action" });
      expect(check.conclusion).toBe("failure");
      await page.setContent(renderCommentPreview(`# ${check.title}\n\n${check.summary}`));
      const box = (await page.locator("main").boundingBox())!;
      const top = await page.screenshot({ clip: { ...box, height: Math.min(box.height, 420) } });
      writeFileSync(join(SCREENSHOT_DIR, "demo-check-light.png"), top);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
