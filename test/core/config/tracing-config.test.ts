// The tracing config and the OTLP header list: what a user writes becomes the headers sent, or an error that
// names where it came from without printing the value.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${NAME}` is the header syntax under test
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/core/config/config.js";
import {
  expandHeaderValues,
  listHeaderSecrets,
  parseOtlpHeaders,
} from "../../../src/core/config/tracing-config.js";

describe("parseOtlpHeaders", () => {
  it("reads comma- or newline-separated name=value pairs, URL-decoding values", () => {
    expect(
      parseOtlpHeaders("Authorization=Basic%20abc==,x-langfuse-ingestion-version=4\nx-extra = y ", "t"),
    ).toEqual({
      Authorization: "Basic abc==",
      "x-langfuse-ingestion-version": "4",
      "x-extra": "y",
    });
  });

  it("names the entry that is not name=value without printing it", () => {
    expect(() => parseOtlpHeaders("a=b,sk-secret-value", "input otlp-headers")).toThrow(
      "input otlp-headers: entry 2 is not name=value",
    );
    try {
      parseOtlpHeaders("a=b,sk-secret-value", "input otlp-headers");
    } catch (error) {
      expect(String(error)).not.toContain("sk-secret-value");
    }
  });
});

describe("expandHeaderValues", () => {
  it("fills ${NAME} from the environment", () => {
    expect(expandHeaderValues({ Authorization: "Basic ${AUTH}" }, { AUTH: "abc123" }, "cfg")).toEqual({
      Authorization: "Basic abc123",
    });
  });

  it("names the header and the variable that is not set", () => {
    expect(() =>
      expandHeaderValues({ "x-api-key": "${LANGSMITH_API_KEY}" }, {}, "promptgate.yml tracing.otlp.headers"),
    ).toThrow(
      "promptgate.yml tracing.otlp.headers: header x-api-key uses ${LANGSMITH_API_KEY}, which is not set in the environment",
    );
  });
});

it("listHeaderSecrets gives each value and the credential after its scheme word", () => {
  expect(listHeaderSecrets({ Authorization: "Bearer tok-123456", v: "4" })).toEqual([
    "Bearer tok-123456",
    "4",
    "tok-123456",
    "4",
  ]);
});

describe("tracing in promptgate.yml", () => {
  it("defaults to no export and no content", () => {
    const { config } = parseConfig("promptgate.yml", "");
    expect(config.tracing).toEqual({ otlp: { endpoint: null, headers: {} }, captureContent: false });
  });

  it("rejects an endpoint that is not a URL, naming file, line and field", () => {
    const text = "model: gpt-4o-mini\ntracing:\n  otlp:\n    endpoint: cloud.langfuse.com\n";
    expect(() => parseConfig("promptgate.yml", text)).toThrow(/promptgate\.yml:4.*tracing\.otlp\.endpoint/);
  });
});
