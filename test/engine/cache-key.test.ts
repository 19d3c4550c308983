// Tests of src/engine/cache-key.ts.
import { describe, expect, it } from "vitest";
import { buildCacheKey, canonicalJson, stripCredentials } from "../../src/engine/cache-key.js";
import type { ChatRequest } from "../../src/engine/model.js";

const endpoint = "https://api.example.test/v1";

const base: ChatRequest = {
  model: "gpt-4o-mini",
  messages: [
    { role: "system", content: "You are terse." },
    { role: "user", content: "Hi" },
  ],
  temperature: 0.2,
  topP: 1,
  maxTokens: 100,
  maxCompletionTokens: 120,
  seed: 7,
  stop: ["\n\n"],
  presencePenalty: 0,
  frequencyPenalty: 0,
  responseFormat: { type: "json_schema", name: "out", schema: { type: "object", properties: { a: {} } } },
};

describe("buildCacheKey", () => {
  it("is a sha256 hex digest, stable for the same input", () => {
    const key = buildCacheKey(endpoint, base, 0);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(buildCacheKey(endpoint, structuredClone(base), 0)).toBe(key);
  });

  it("does not depend on key order, at any depth", () => {
    const reordered = {
      responseFormat: { schema: { properties: { a: {} }, type: "object" }, name: "out", type: "json_schema" },
      frequencyPenalty: 0,
      presencePenalty: 0,
      stop: ["\n\n"],
      seed: 7,
      maxCompletionTokens: 120,
      maxTokens: 100,
      topP: 1,
      temperature: 0.2,
      messages: [
        { content: "You are terse.", role: "system" },
        { content: "Hi", role: "user" },
      ],
      model: "gpt-4o-mini",
    } as ChatRequest;
    expect(buildCacheKey(endpoint, reordered, 0)).toBe(buildCacheKey(endpoint, base, 0));
  });

  const changes: [string, Partial<ChatRequest>][] = [
    ["model", { model: "gpt-4o" }],
    [
      "message content",
      {
        messages: [
          { role: "system", content: "You are terse." },
          { role: "user", content: "Hi!" },
        ],
      },
    ],
    [
      "message role",
      {
        messages: [
          { role: "developer", content: "You are terse." },
          { role: "user", content: "Hi" },
        ],
      },
    ],
    [
      "message order",
      {
        messages: [
          { role: "user", content: "Hi" },
          { role: "system", content: "You are terse." },
        ],
      },
    ],
    ["temperature", { temperature: 0.3 }],
    ["topP", { topP: 0.9 }],
    ["maxTokens", { maxTokens: 101 }],
    ["maxCompletionTokens", { maxCompletionTokens: 121 }],
    ["seed", { seed: 8 }],
    ["stop", { stop: ["\n"] }],
    ["presencePenalty", { presencePenalty: 0.5 }],
    ["frequencyPenalty", { frequencyPenalty: 0.5 }],
    ["responseFormat", { responseFormat: { type: "json_object" } }],
    ["temperature removed", { temperature: undefined }],
  ];

  it.each(changes)("changes when %s changes", (_name, change) => {
    expect(buildCacheKey(endpoint, { ...base, ...change }, 0)).not.toBe(buildCacheKey(endpoint, base, 0));
  });

  it("changes with the sample index and the endpoint", () => {
    const key = buildCacheKey(endpoint, base, 0);
    expect(buildCacheKey(endpoint, base, 1)).not.toBe(key);
    expect(buildCacheKey("https://other.example.test/v1", base, 0)).not.toBe(key);
  });

  it("changes with the tools sent, and is unchanged for a request without tools", () => {
    const tool = { type: "function", function: { name: "lookup", parameters: { type: "object" } } };
    const other = { type: "function", function: { name: "refund", parameters: { type: "object" } } };
    const key = buildCacheKey(endpoint, base, 0);
    expect(buildCacheKey(endpoint, { ...base, tools: [tool] }, 0)).not.toBe(key);
    expect(buildCacheKey(endpoint, { ...base, tools: [tool] }, 0)).not.toBe(
      buildCacheKey(endpoint, { ...base, tools: [other] }, 0),
    );
    expect(buildCacheKey(endpoint, { ...base, tools: undefined }, 0)).toBe(key);
  });

  it("treats an undefined field as absent", () => {
    const { seed: _seed, ...withoutSeed } = base;
    expect(buildCacheKey(endpoint, { ...base, seed: undefined }, 0)).toBe(
      buildCacheKey(endpoint, withoutSeed, 0),
    );
  });

  it("ignores credentials and query strings in the endpoint", () => {
    const dirty = "https://user:sk-secret@api.example.test/v1?api-key=sk-secret#frag";
    expect(buildCacheKey(dirty, base, 0)).toBe(buildCacheKey(endpoint, base, 0));
  });
});

describe("stripCredentials", () => {
  it("removes user info, query and fragment from URLs and URL-like strings", () => {
    expect(stripCredentials("https://u:p@h.test:8443/openai/v1?api-version=1&api-key=k")).toBe(
      "https://h.test:8443/openai/v1",
    );
    expect(stripCredentials("not a url //u:p@host/x?key=1")).toBe("not a url //host/x");
  });
});

describe("canonicalJson", () => {
  it("sorts keys, keeps array order and drops undefined properties", () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: null }] })).toBe('{"a":[3,{"c":null}],"b":1}');
  });
});
