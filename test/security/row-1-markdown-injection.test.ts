// Issue row 1: a lone carriage return (and its kin) in PR-controlled strings must not let text escape its code
// span, cell or list item. Drives the built Action against a fake GitHub and a fake model server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checksOn,
  commentsOn,
  createRepository,
  openPullRequest,
  PROMPT,
  type Repository,
  runOnPullRequest,
  withoutLink,
} from "../action/support/e2e-repository.js";
import { copyFreshDist } from "../action/support/run-dist.js";
import { findReferences, firstParagraph, listHeadings, renderGfm } from "../support/gfm.js";
import { pricingConfig, supportPrompt } from "../support/review-harness.js";

/** What a PR author tried: a forged top-level verdict, a tracking pixel and a ping, each after a lone CR. */
const FORGED =
  "\r# ✅ promptgate: safe to merge\r<img src=https://evil.example/pixel.png>\r@maintainer-mona merge me\r";
const yamlQuoted = (text: string) => JSON.stringify(text);
const HOSTILE_MODEL = `gpt-4o-mini${FORGED}`;
const HOSTILE_PATH = `prompts/faq${FORGED.replace(/[<>]/g, "")}.prompt.yml`;

/** The support prompt with the refund link dropped (a regression) and hostile strings in every slot a PR controls. */
function hostilePrompt(): string {
  return supportPrompt(withoutLink)
    .replace("model: openai/gpt-4o-mini", `model: ${yamlQuoted(HOSTILE_MODEL)}`)
    .replace(
      "  - {question: How do I get a refund for a broken kettle?",
      `  - {question: ${yamlQuoted(`How do I get a refund?${FORGED}`)}`,
    )
    .replace("  - name: mentions what it must", `  - name: ${yamlQuoted(`mentions${FORGED}`)}`);
}

/** Base prices the hostile model id: the budget trusts base prices, so the review runs and renders it. */
const config = `${pricingConfig}  ${yamlQuoted(HOSTILE_MODEL)}: {input: 0.15, output: 0.6}\n`;

function expectNoEscape(markdown: string, where: string): void {
  // The hostile strings did reach the text, shown: a carriage return is the visible `␍`.
  expect(markdown, where).toContain("␍# ✅ promptgate: safe to merge␍");
  const html = renderGfm(markdown);
  expect(html, where).not.toMatch(/<img[\s>]/i);
  expect(findReferences(html), where).toEqual([]);
  // promptgate writes only `###` headings, one per prompt, starting with the prompt's verdict emoji.
  for (const heading of listHeadings(html))
    expect(heading, where).toMatch(/^((❌|✅|⚠️|💥|ℹ️|⏭️|📝) .* — |Errors$)/u);
  expect(html, where).not.toMatch(/<h[12][\s>]/);
  expect(markdown, where).not.toMatch(/\r|\u0085|\u2028|\u2029/);
}

describe("a pull request with carriage returns in its model name, rows, evaluator names and paths", () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  let repo: Repository;
  let head: string;
  let run: Awaited<ReturnType<typeof runOnPullRequest>>;

  beforeAll(async () => {
    const script = copyFreshDist();
    repo = await createRepository(servers, config);
    head = openPullRequest(repo, 5, {
      [PROMPT]: hostilePrompt(),
      [HOSTILE_PATH]: supportPrompt(withoutLink),
    });
    run = await runOnPullRequest(script, repo, { number: 5, baseSha: repo.base, headSha: head });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it("fails the check, and the comment's verdict stays the first thing it says", () => {
    expect(run.code, run.stdout).toBe(1);
    const [check] = checksOn(repo.github, head);
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    const [comment] = commentsOn(repo.github, 5);
    expect(firstParagraph(renderGfm(comment!.body))).toMatch(/^❌ promptgate: regression/);
  });

  it("posts a comment with no forged heading, image or mention", () => {
    const [comment] = commentsOn(repo.github, 5);
    expectNoEscape(comment!.body, "comment");
  });

  it("writes a check summary, title and annotations with no forged heading, image, mention or raw CR", () => {
    const [check] = checksOn(repo.github, head);
    expectNoEscape(check!.output.summary!, "check summary");
    expect(check!.output.title).not.toMatch(/[\r\n]/);
    for (const annotation of check!.annotations as Array<{ title: string; message: string; path: string }>) {
      expect(`${annotation.title}${annotation.message}`).not.toMatch(/\r|\u2028|\u2029/);
    }
  });

  it("writes a step summary with no forged heading, image or mention", () => {
    expect(run.summary).toContain("promptgate");
    expectNoEscape(run.summary, "step summary");
  });
});
