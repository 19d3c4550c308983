// A deleted prompt and an added one that carries on its text become one rename reviewed against the base's gate.
import { describe, expect, it } from "vitest";
import type { PromptSpec } from "../../src/core/prompt-file/prompt-spec.js";
import type { LoadedPrompt } from "../../src/review/load-versions.js";
import { pairRenamedPrompts } from "../../src/review/pair-renames.js";

const text = "You are Acme's support assistant. Answer refunds questions politely and link the refunds page.";

/** A parsed prompt of one message with one test row (a gated prompt: only those are paired). */
function version(path: string, body: string) {
  const spec = {
    messages: [{ role: "system", content: body }],
    variables: ["question"],
    testData: [{ vars: { question: `asked of ${path}` } }],
    warnings: [],
  } as unknown as PromptSpec;
  return { path, text: body, sha: `sha-of-${path}`, errors: [], spec };
}

function deleted(path: string, body = text): LoadedPrompt {
  return {
    change: { path, change: "deleted", base: { path, text: body }, changedDataFiles: [] },
    base: version(path, body),
  };
}

function added(path: string, body = text): LoadedPrompt {
  return {
    change: { path, change: "added", head: { path, text: body }, changedDataFiles: [] },
    head: version(path, body),
  };
}

describe("pairRenamedPrompts", () => {
  it("joins a deleted prompt and an added one with the same words into a rename, base from the deleted one", () => {
    const paired = pairRenamedPrompts([deleted("prompts/old.prompt.yml"), added("prompts/new.prompt.yml")]);
    expect(paired).toHaveLength(1);
    expect(paired[0]!.change).toEqual({
      path: "prompts/new.prompt.yml",
      change: "renamed",
      previousPath: "prompts/old.prompt.yml",
      base: { path: "prompts/old.prompt.yml", text },
      head: { path: "prompts/new.prompt.yml", text },
      changedDataFiles: [],
    });
    expect(paired[0]!.base?.path).toBe("prompts/old.prompt.yml");
    expect(paired[0]!.head?.path).toBe("prompts/new.prompt.yml");
    // The head says why it is reviewed against the deleted prompt's rows and evaluators.
    expect(paired[0]!.head?.spec?.warnings[0]?.message).toMatch(
      /^reviewed as a rename of prompts\/old.prompt.yml, deleted in this pull request \(its messages share 100% of their words/,
    );
  });

  it("leaves unrelated prompts as they are, in the order given", () => {
    const prompts = [
      deleted("prompts/b.prompt.yml"),
      added("prompts/a.prompt.yml", "Translate the text into French."),
    ];
    expect(pairRenamedPrompts(prompts)).toBe(prompts);
  });

  it("sorts by path once a pair was joined, keeping the other changes", () => {
    const other = added(
      "prompts/aaa.prompt.yml",
      "Summarise the ticket in one line for the on-call engineer.",
    );
    const paired = pairRenamedPrompts([
      deleted("prompts/old.prompt.yml"),
      added("prompts/zzz.prompt.yml"),
      other,
    ]);
    expect(paired.map((p) => [p.change.path, p.change.change])).toEqual([
      ["prompts/aaa.prompt.yml", "added"],
      ["prompts/zzz.prompt.yml", "renamed"],
    ]);
  });
});
