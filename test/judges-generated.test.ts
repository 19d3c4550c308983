// The built-in judge prompts: the embedded copy is current, and each file is a valid, self-reviewing prompt.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_PATH, readJudgeSources, renderJudgeModule } from "../scripts/generate-judges.js";
import { evaluateDeterministic, isDeterministic } from "../src/core/grading/evaluators.js";
import { builtinJudgeSources } from "../src/core/prompt-file/builtin-judges.generated.js";
import { parsePromptFile } from "../src/core/prompt-file/prompt-file.js";
import { builtinJudges } from "../src/core/prompt-file/prompt-spec.js";
import { renderMessages } from "../src/core/prompt-file/template.js";

const root = join(import.meta.dirname, "..");
const sources = readJudgeSources(root);

/** Variables each judge reads from the row, besides `output` (the sample judged), as each file's header comment documents. */
const rowVariables = {
  similarity: ["expected", "input"],
  coherence: ["input"],
  fluency: [],
  relevance: ["input"],
  groundedness: ["context", "input"],
};

describe("builtin-judges.generated.ts", () => {
  it("is current: run `npm run judges` after editing prompts/evaluators/*.prompt.yml", () => {
    const onDisk = readFileSync(join(root, GENERATED_PATH), "utf8");
    expect(
      onDisk === renderJudgeModule(sources),
      "stale src/core/prompt-file/builtin-judges.generated.ts — run `npm run judges`",
    ).toBe(true);
    expect(builtinJudgeSources).toEqual(sources);
  });
});

describe.each(builtinJudges)("judge %s", (judge) => {
  const { path, text } = sources[judge];
  const spec = parsePromptFile(path, text);

  it("parses without warnings and reads the documented row variables", () => {
    expect(spec.warnings).toEqual([]);
    expect(spec.variables).toEqual(["output", ...rowVariables[judge]].sort());
  });

  it("asks for a strict {reasoning, score 1–5} JSON verdict", () => {
    expect(spec.responseFormat).toBe("json_schema");
    expect(spec.jsonSchema).toMatchObject({
      strict: true,
      schema: {
        required: ["reasoning", "score"],
        properties: { score: { type: "integer", enum: [1, 2, 3, 4, 5] } },
        additionalProperties: false,
      },
    });
  });

  it("has a good, a bad and a borderline row, each rendering with no missing variable", () => {
    expect(spec.testData.length).toBeGreaterThanOrEqual(3);
    const ranges = spec.testData.map((row) => [Number(row.vars.minScore), Number(row.vars.maxScore)]);
    expect(ranges).toContainEqual([4, 5]);
    expect(ranges).toContainEqual([1, 2]);
    expect(ranges.some(([lo, hi]) => lo! <= 3 && hi! >= 3)).toBe(true);
    for (const row of spec.testData) expect(() => renderMessages(spec, row)).not.toThrow();
  });

  it("reviews its own verdicts: JSON shape and expected score range", () => {
    expect(spec.evaluators.map((e) => e.kind).sort()).toEqual(["jsonSchema", "string"]);
    const grade = (output: string, vars: Record<string, string>) =>
      spec.evaluators
        .filter(isDeterministic)
        .map((e) => evaluateDeterministic(e, output, vars, { file: path, caseId: "x" }).pass);
    for (const row of spec.testData) {
      const lo = Number(row.vars.minScore);
      const hi = Number(row.vars.maxScore);
      expect(grade(`{"reasoning": "r", "score": ${hi}}`, row.vars)).toEqual([true, true]);
      expect(grade(`{\n  "reasoning": "score: ${lo}",\n  "score": ${lo}\n}`, row.vars)).toEqual([true, true]);
      const outside = lo > 1 ? lo - 1 : hi + 1;
      expect(grade(`{"reasoning": "\\"score\\": ${lo}", "score": ${outside}}`, row.vars)).toEqual([
        true,
        false,
      ]);
      expect(grade(`{"score": ${hi}}`, row.vars)).toEqual([false, true]);
    }
  });
});
