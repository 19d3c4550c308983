// Tests of src/core/diff/rename-match.ts: which deleted prompt an added one carries on.
import { describe, expect, it } from "vitest";
import {
  matchRenames,
  measureRowOverlap,
  measureTextSimilarity,
  type RenameCandidate,
} from "../../../src/core/diff/rename-match.js";
import { parsePromptFile } from "../../../src/core/prompt-file/prompt-file.js";

const questions = [
  "How do I get a refund?",
  "Where is my order?",
  "How do I reset my password?",
  "Can I pay by card?",
];

function prompt(path: string, system: string, rows: string[], variable = "question"): RenameCandidate {
  const text = [
    "messages:",
    `  - {role: system, content: "${system}"}`,
    `  - {role: user, content: "{{${variable}}}"}`,
    "testData:",
    ...rows.map((q) => `  - {${variable}: "${q}", expected: anything}`),
    "",
  ].join("\n");
  return { path, text, spec: parsePromptFile(path, text) };
}

const support = prompt(
  "prompts/support.prompt.yml",
  "You are Acme support. Link to the refund page.",
  questions,
);

describe("measureRowOverlap", () => {
  it("finds base rows at head by their input values, whatever the variable is called now", () => {
    const renamedVariable = prompt("p/helper.prompt.yml", "Unrelated words entirely here.", questions, "q");
    expect(measureRowOverlap(support.spec!, renamedVariable.spec)).toBe(1);
    const half = prompt("p/helper.prompt.yml", "x", [...questions.slice(0, 2), "Something new?"]);
    expect(measureRowOverlap(support.spec!, half.spec)).toBe(0.5);
    expect(measureRowOverlap(support.spec!, undefined)).toBe(0);
  });
});

describe("measureTextSimilarity", () => {
  it("is the Jaccard index of the messages' lower-cased words", () => {
    const reworded = prompt("p/b.prompt.yml", "You are ACME support! Link to the refunds page.", []);
    // {you are acme support link to the refund page question} vs the same with refunds: 9 shared of 11.
    expect(measureTextSimilarity(support, reworded)).toBeCloseTo(9 / 11, 5);
    const other = prompt("p/c.prompt.yml", "Translate the text into French.", []);
    expect(measureTextSimilarity(support, other)).toBeLessThan(0.3);
  });
});

describe("matchRenames", () => {
  it("pairs a gated deleted prompt with the added prompt that has most of its rows", () => {
    const rewritten = prompt(
      "prompts/helpdesk.prompt.yml",
      "Answer briefly, no links.",
      questions.slice(0, 3),
      "q",
    );
    const unrelated = prompt("prompts/translate.prompt.yml", "Translate into French.", ["Bonjour"]);
    expect(matchRenames([support], [unrelated, rewritten])).toEqual([
      { from: support.path, to: rewritten.path, rowOverlap: 0.75, textSimilarity: expect.any(Number) },
    ]);
  });

  it("pairs by text alone when the rows were replaced, at a similarity of 0.6 or more", () => {
    const sameText = prompt("prompts/help.prompt.yml", "You are Acme support. Link to the refund page.", [
      "Hi?",
    ]);
    expect(matchRenames([support], [sameText])).toEqual([
      expect.objectContaining({ from: support.path, to: sameText.path, rowOverlap: 0, textSimilarity: 1 }),
    ]);
    const half = prompt(
      "prompts/help.prompt.yml",
      "Half of the rows are new ones today.",
      questions.slice(0, 2),
    );
    expect(matchRenames([support], [half])).toEqual([]);
  });

  it("pairs one to one, best first, and leaves deleted prompts without rows alone", () => {
    const best = prompt("a/best.prompt.yml", "x", questions);
    const second = prompt("a/second.prompt.yml", "x", questions.slice(0, 3));
    expect(matchRenames([support], [second, best]).map((m) => m.to)).toEqual(["a/best.prompt.yml"]);
    const noRows = prompt("p/old.prompt.yml", "You are Acme support. Link to the refund page.", []);
    expect(matchRenames([noRows], [best])).toEqual([]);
  });
});
