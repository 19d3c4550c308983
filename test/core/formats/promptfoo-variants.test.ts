// A promptfoo config is several reviewed prompts: one per prompt × provider, added or deleted one by one.
import { describe, expect, it } from "vitest";
import type { PromptChange } from "../../../src/core/diff/change-set.js";
import { expandPromptfooChanges } from "../../../src/core/formats/prompt-formats.js";
import { listPromptfooVariants } from "../../../src/core/formats/promptfoo.js";

const config = (prompts: string[], providers: string[]) =>
  `prompts: ${JSON.stringify(prompts)}\nproviders: ${JSON.stringify(providers)}\ntests: [{vars: {q: hi}}]\n`;

describe("promptfoo variants", () => {
  it("names one prompt per prompt × OpenAI-compatible provider, and none for other providers", () => {
    const text = config(
      ["A {{q}}", "B {{q}}"],
      ["openai:gpt-4o-mini", "openai:chat:gpt-4o", "anthropic:messages:claude"],
    );
    expect(listPromptfooVariants("e/promptfooconfig.yaml", text)).toEqual([
      "e/promptfooconfig.yaml#prompt 1 @ openai:gpt-4o-mini",
      "e/promptfooconfig.yaml#prompt 1 @ openai:chat:gpt-4o",
      "e/promptfooconfig.yaml#prompt 2 @ openai:gpt-4o-mini",
      "e/promptfooconfig.yaml#prompt 2 @ openai:chat:gpt-4o",
    ]);
  });

  it("splits a changed config into modified, added and deleted prompts, each pointing at the config file", () => {
    const path = "e/promptfooconfig.yaml";
    const change: PromptChange = {
      path,
      change: "modified",
      base: {
        path,
        text: 'prompts: [{raw: "A {{q}}", label: a}, {raw: "B {{q}}", label: b}]\nproviders: [openai:x]\n',
      },
      head: {
        path,
        text: 'prompts: [{raw: "A! {{q}}", label: a}, {raw: "C {{q}}", label: c}]\nproviders: [openai:x]\n',
      },
      changedDataFiles: [],
    };
    const expanded = expandPromptfooChanges([change], ["**/promptfooconfig.yaml"]);
    expect(expanded.map((c) => [c.path, c.change, c.file, c.base?.path, c.head?.path])).toEqual([
      [`${path}#a`, "modified", path, `${path}#a`, `${path}#a`],
      [`${path}#b`, "deleted", path, `${path}#b`, undefined],
      [`${path}#c`, "added", path, undefined, `${path}#c`],
    ]);
  });

  it("leaves a config that does not parse as one change, so loading it reports why", () => {
    const path = "promptfooconfig.yaml";
    const change: PromptChange = {
      path,
      change: "added",
      head: { path, text: "prompts: [" },
      changedDataFiles: [],
    };
    expect(expandPromptfooChanges([change], [])).toEqual([change]);
  });
});
