// Tests of src/render/escape.ts.
import { describe, expect, it } from "vitest";
import {
  escapeCell,
  escapeHtml,
  escapeInline,
  escapeInlineWithCode,
  escapeMarkdown,
  fencedBlock,
  inlineCode,
  mention,
  trimLines,
  trimText,
} from "../../src/render/escape.js";
import { COMMENT_MARKER } from "../../src/render/limits.js";
import { inspectMarkdown } from "./markdown-structure.js";

describe("escapeMarkdown and friends", () => {
  it("turns HTML into inert text", () => {
    expect(escapeHtml("<script>alert('x')</script> & co")).toBe(
      "&lt;script&gt;alert('x')&lt;/script&gt; &amp; co",
    );
    expect(escapeMarkdown('<img src=x onerror="alert(1)">')).not.toMatch(/<img/);
  });

  it("neutralises @mentions, team mentions and issue references", () => {
    const out = escapeInline("ping @octocat and @acme/security about #12 and octo/repo#3 and GH-9");
    // Visible look-alikes, not zero-width spaces: GitHub finds mentions in the rendered text.
    expect(out).toBe("ping ＠octocat and ＠acme/security about ＃12 and octo/repo＃3 and GH\u20119");
    expect(out).not.toMatch(/@[a-z]|#\d|GH-\d|\u200B/i);
  });

  it("never lets the comment marker through, in prose, inline code or fences", () => {
    for (const render of [
      escapeMarkdown,
      escapeInline,
      escapeCell,
      escapeHtml,
      (t: string) => inlineCode(t),
      fencedBlock,
    ]) {
      expect(render(`before ${COMMENT_MARKER} after`)).not.toContain(COMMENT_MARKER);
    }
  });

  it("escapes link, emphasis and block syntax", () => {
    // The `:` of a URL becomes an entity: the same text, but no autolink.
    expect(escapeInline("[click](https://evil.example) *bold* _em_ ~~x~~")).toBe(
      "\\[click\\](https&#58;//evil.example) \\*bold\\* \\_em\\_ \\~\\~x\\~\\~",
    );
    expect(escapeMarkdown("# Heading\n> quote\n- item\n12. ordered")).toBe(
      // `>` becomes an entity, which cannot open a quote; the others are backslash-escaped.
      "\\# Heading\n&gt; quote\n\\- item\n12\\. ordered",
    );
  });

  it("keeps a table cell on one line with pipes escaped", () => {
    expect(escapeCell("a | b\nnext line")).toBe("a \\| b next line");
    expect(escapeCell("")).toBe("—");
  });
});

describe("fencedBlock", () => {
  it("uses three backticks for plain text", () => {
    expect(fencedBlock("hello", "diff")).toBe("```diff\nhello\n```");
  });

  it("picks a fence longer than any backtick run inside", () => {
    expect(fencedBlock("a ``` b").startsWith("````\n")).toBe(true);
    expect(fencedBlock("x\n````````\ny").startsWith("`````````\n")).toBe(true);
  });

  it("cannot be broken out of, whatever the content", () => {
    const attacks = ["```\n# owned", "````js\n</details>", "~~~\n```\n", "```\n\n<details open>", "`"];
    for (const attack of attacks) {
      const md = `${fencedBlock(attack)}\n\nafter`;
      const shape = inspectMarkdown(md);
      expect(shape.unclosedFence).toBe(false);
      expect(shape.liveText.trim()).toBe("after");
    }
  });
});

describe("mention", () => {
  it("pings a login GitHub allows, and shows anything else as text", () => {
    expect(mention("octo-cat")).toBe("@octo-cat");
    expect(mention("dependabot[bot]")).toBe("＠dependabot\\[bot\\]");
    expect(mention("a\n# b")).toBe("＠a # b");
    expect(mention("-x")).not.toContain("@");
  });
});

describe("inlineCode", () => {
  it("wraps text containing backticks in a longer run, padded when it starts or ends with one", () => {
    expect(inlineCode("a`b")).toBe("``a`b``");
    expect(inlineCode("`x`")).toBe("`` `x` ``");
  });

  it("escapes pipes only inside tables and flattens newlines", () => {
    expect(inlineCode("a|b", { inTable: true })).toBe("`a\\|b`");
    expect(inlineCode("a|b")).toBe("`a|b`");
    expect(inlineCode("one\ntwo")).toBe("`one ↵ two`");
  });
});

describe("escapeInlineWithCode", () => {
  it("keeps promptgate's code spans as code and escapes the prose around them", () => {
    expect(escapeInlineWithCode("Invariant evaluator `no apology` failed on *2* cases")).toBe(
      "Invariant evaluator `no apology` failed on \\*2\\* cases",
    );
    expect(escapeInlineWithCode("adds evaluator `short`; a lone ` stays text")).toBe(
      "adds evaluator `short`; a lone \\` stays text",
    );
    expect(escapeInlineWithCode("double ``a`b`` span")).toBe("double ``a`b`` span");
  });

  it("lets no span content or hostile name inject HTML, mentions, markers or fences", () => {
    const name = "x` <!-- promptgate:comment --> @team ``` </details> <b>y</b> `z";
    const out = escapeInlineWithCode(`Invariant evaluator \`${name}\` failed; \`${COMMENT_MARKER} @team\``);
    expect(out).not.toContain(COMMENT_MARKER);
    expect(out).not.toContain("\n");
    const shape = inspectMarkdown(`- ${out}`);
    expect(shape.unclosedFence).toBe(false);
    for (const bad of [/<!--/, /<\/details>/, /<b>/, /@team/]) expect(shape.liveText).not.toMatch(bad);
  });
});

describe("trimText and trimLines", () => {
  it("leaves short text alone and says how much was cut", () => {
    expect(trimText("short", 10)).toBe("short");
    expect(trimText("abcdefghij", 4)).toBe("abcd… (6 more characters)");
    expect(trimText("abcde", 4)).toBe("abcd… (1 more character)");
    expect(trimText("x".repeat(3_004), 4)).toBe("xxxx… (3,000 more characters)");
  });

  it("never splits a surrogate pair", () => {
    const out = trimText("ab😀cd", 3);
    expect(out.startsWith("ab…")).toBe(true);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("cuts on whole lines", () => {
    expect(trimLines("one\ntwo\nthree\nfour", 9)).toBe("one\ntwo\n… (2 more lines)");
  });
});
