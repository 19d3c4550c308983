// Every real prompt file in ../shared/prompt-samples loads, or fails with messages naming file and line.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/config-schema.js";
import { InputError } from "../../../src/core/diagnostics.js";
import { isDotpromptPartial, loadPromptSpec } from "../../../src/core/formats/prompt-formats.js";
import { listPromptfooVariants } from "../../../src/core/formats/promptfoo.js";
import { buildRequest } from "../../../src/review/plan-prompt.js";

const root = join(import.meta.dirname, "../../../../shared/prompt-samples");

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const readSample = async (path: string) => {
  const absolute = join(root, path);
  return existsSync(absolute) ? readFileSync(absolute, "utf8") : null;
};

describe("the prompt samples", () => {
  it("are present beside the repository (../shared/prompt-samples)", () => {
    expect(existsSync(root), `missing ${root}: the samples folder must sit beside the repository`).toBe(true);
  });

  const files = existsSync(root)
    ? listFiles(root)
        .map((f) => relative(root, f))
        .filter((f) => /\.(prompty|prompt|prompt\.ya?ml)$/.test(f) && !isDotpromptPartial(f))
    : [];

  it.each(files)("%s loads or fails with located messages", async (path) => {
    const text = readFileSync(join(root, path), "utf8");
    try {
      const spec = await loadPromptSpec({ path, text, readFile: readSample });
      expect(spec.messages.length).toBeGreaterThan(0);
      for (const message of spec.messages) expect(message.line).toBeGreaterThan(0);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      expect(error.diagnostics.length).toBeGreaterThan(0);
      for (const d of error.diagnostics) {
        expect(d.file).toBe(path);
        expect(d.line).toBeGreaterThan(0);
        expect(d.message).not.toBe("");
      }
    }
  });

  // promptfoo configs: every one in the folder's top level of `promptfoo/` (tests and prompts they use are beside them).
  const configs = existsSync(root)
    ? listFiles(join(root, "promptfoo"))
        .map((f) => relative(root, f))
        .filter((f) =>
          /promptfoo\/[^/]+\.ya?ml$|promptfoo\/[^/]+\/(promptfooconfig|config_\w+)\.yaml$/.test(f),
        )
    : [];

  it.each(configs)("%s: each prompt × provider loads or fails with located messages", async (path) => {
    const text = readFileSync(join(root, path), "utf8");
    const variants = listPromptfooVariants(path, text);
    const patterns = [{ path, format: "promptfoo" as const, role: "user" as const }];
    for (const variant of variants.length > 0 ? variants : [path]) {
      try {
        const spec = await loadPromptSpec({ path: variant, text, readFile: readSample, patterns });
        expect(spec.messages.length).toBeGreaterThan(0);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        for (const d of error.diagnostics) {
          expect(d.file.startsWith(path.slice(0, path.lastIndexOf("/") + 1))).toBe(true);
          expect(d.line).toBeGreaterThan(0);
        }
      }
    }
  });

  it("refuses promptfoo prompt functions by name, at their line", async () => {
    const path = "promptfoo/ScottLogic__InferESG__validator_config.yaml";
    const text = (await readSample(path))!;
    const patterns = [{ path, format: "promptfoo" as const, role: "user" as const }];
    await expect(loadPromptSpec({ path, text, readFile: readSample, patterns })).rejects.toThrow(
      /validator_config\.yaml:8:10: prompts: prompt file:\/\/promptfoo_test_runner\.py:create_prompt not run/,
    );
  });

  it("covers each format", () => {
    expect(configs.length).toBe(8);
    expect(files.some((f) => f.endsWith(".prompty"))).toBe(true);
    expect(files.some((f) => f.endsWith(".prompt"))).toBe(true);
    expect(files.some((f) => /\.prompt\.ya?ml$/.test(f))).toBe(true);
  });

  it("reads a Dotprompt partial and lists it as a dependency of the prompt that includes it", async () => {
    const path = "dotprompt/firebase__genkit__story/story.prompt";
    const spec = await loadPromptSpec({ path, text: (await readSample(path))!, readFile: readSample });
    expect(spec.dependencies).toEqual(["dotprompt/firebase__genkit__story/_style.prompt"]);
  });

  it("reads a Prompty tools file given as a file reference", async () => {
    const path = "prompty/microsoft__promptflow__chat_with_tools/chat_with_tools.prompty";
    const spec = await loadPromptSpec({ path, text: (await readSample(path))!, readFile: readSample });
    expect(spec.tools).toHaveLength(2);
    expect(spec.dependencies).toEqual(["prompty/microsoft__promptflow__chat_with_tools/tools.json"]);
    expect(spec.testData).toHaveLength(1);
    // They are OpenAI function tools, so every call sends them.
    expect(buildRequest(spec, defaultConfig, []).tools).toEqual(spec.tools);
    expect(spec.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/not sent/));
  });

  it("checks the tool calls of promptfoo's tools example, and runs no assertion that needs a transform", async () => {
    const file = "promptfoo/tbuckley__promptfoo__openai-tools-call__promptfooconfig.yaml";
    const text = (await readSample(file))!;
    const [variant] = listPromptfooVariants(file, text);
    const spec = await loadPromptSpec({ path: variant!, text, readFile: readSample });
    expect(buildRequest(spec, defaultConfig, []).tools).toHaveLength(1);
    expect(spec.evaluators.map((e) => [e.name, e.kind])).toEqual([
      ["is-json", "json"],
      ["is-valid-openai-tools-call", "toolCall"],
    ]);
    expect(spec.testData.map((c) => [c.vars["city"], JSON.parse(c.vars["__asserts"]!)])).toEqual([
      ["Boston", { "is-json": 1, "is-valid-openai-tools-call": 1 }],
      ["New York", {}],
      ["Paris", {}],
      ["Mars", {}],
    ]);
    const transforms = spec.warnings.filter((w) => /its `transform` is code/.test(w.message));
    expect(transforms.map((w) => w.line)).toEqual([52, 58, 63]);
  });

  it("does not send Genkit tool names, which only Genkit code defines, and says so", async () => {
    const path = "dotprompt/firebase__genkit__weather.prompt";
    const spec = await loadPromptSpec({ path, text: (await readSample(path))!, readFile: readSample });
    expect(spec.tools).toEqual(["getWeather"]);
    expect(buildRequest(spec, defaultConfig, []).tools).toBeUndefined();
    expect(spec.warnings).toContainEqual(
      expect.objectContaining({
        line: 25,
        message: expect.stringMatching(/^tools are compared in the diff but not sent/),
      }),
    );
  });
});
