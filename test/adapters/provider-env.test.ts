// Where calls go and which key they carry: config first, then the environment, never a silent fallback.
import { describe, expect, it } from "vitest";
import { describeMissingKey, resolveProvider } from "../../src/adapters/provider-env.js";

describe("resolveProvider", () => {
  it("prefers the configured base URL over OPENAI_BASE_URL", () => {
    const env = { OPENAI_BASE_URL: "http://env.example.test/v1", OPENAI_API_KEY: "sk-a" };
    const resolved = resolveProvider(
      { baseURL: "http://config.example.test/v1", apiKeyEnv: "OPENAI_API_KEY" },
      env,
    );
    expect(resolved).toEqual({
      baseURL: "http://config.example.test/v1",
      apiKey: "sk-a",
      apiKeyEnv: "OPENAI_API_KEY",
    });
  });

  it("falls back to OPENAI_BASE_URL, then to OpenAI (null)", () => {
    expect(
      resolveProvider({ baseURL: null, apiKeyEnv: "K" }, { OPENAI_BASE_URL: "http://x.test/v1" }).baseURL,
    ).toBe("http://x.test/v1");
    expect(resolveProvider({ baseURL: null, apiKeyEnv: "K" }, { OPENAI_BASE_URL: " " }).baseURL).toBeNull();
  });

  it("reads the key only from the named variable", () => {
    const env = { OPENAI_API_KEY: "sk-other", OPENROUTER_KEY: "" };
    expect(resolveProvider({ baseURL: null, apiKeyEnv: "OPENROUTER_KEY" }, env).apiKey).toBeUndefined();
    expect(resolveProvider({ baseURL: null, apiKeyEnv: "MISSING" }, env).apiKey).toBeUndefined();
  });
});

describe("describeMissingKey", () => {
  it("names the variable and the ways to set it", () => {
    const message = describeMissingKey("OPENROUTER_KEY");
    expect(message).toContain("OPENROUTER_KEY is unset or empty");
    expect(message).toContain("secrets.OPENROUTER_KEY");
    expect(message).toContain("provider.apiKeyEnv");
  });
});
