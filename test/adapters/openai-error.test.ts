// Classification of SDK failures and the provider's wait headers, without any network.
import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { describe, expect, it } from "vitest";
import {
  parseDuration,
  parseRetryAfter,
  scrubSecrets,
  toModelError,
} from "../../src/adapters/openai-error.js";

const KEY = "sk-test-Secret0123456789abcdef";

describe("toModelError", () => {
  it("maps the SDK's own timeout to timeout and scrubs keys from any message", () => {
    const signal = new AbortController().signal;
    expect(toModelError(new APIConnectionTimeoutError(), { apiKey: KEY, signal }).kind).toBe("timeout");
    const leaked = toModelError(new Error(`bad ${KEY} and sk-proj-OTHERKEY123`), { apiKey: KEY, signal });
    expect(leaked.message).not.toContain("Secret0123");
    expect(leaked.message).not.toContain("OTHERKEY");
  });

  it("removes a credentialed base URL's user-info and query from a connection error (Node's fetch quotes it)", () => {
    const baseURL = "http://gw-user:pa55word@127.0.0.1:9/v1?key=S3CRET-QUERY";
    const cause = new TypeError(
      `Request cannot be constructed from a URL that includes credentials: ${baseURL}%2Fchat%2Fcompletions`,
    );
    const error = new APIConnectionError({ cause });
    const signal = new AbortController().signal;
    const mapped = toModelError(error, { apiKey: KEY, baseURL, signal });
    expect(mapped.kind).toBe("network");
    expect(mapped.message).toContain("includes credentials: http://***@127.0.0.1:9/v1?***");
    for (const secret of ["gw-user", "pa55word", "S3CRET-QUERY"])
      expect(mapped.message).not.toContain(secret);
  });

  it("treats 408 as a timeout, 409 as a server hiccup and other 4xx as bad requests", () => {
    const signal = new AbortController().signal;
    const of = (status: number) =>
      toModelError(APIError.generate(status, { error: { message: "nope" } }, undefined, new Headers()), {
        apiKey: KEY,
        signal,
      });
    expect(of(408).kind).toBe("timeout");
    expect(of(409).kind).toBe("server");
    expect(of(413)).toMatchObject({ kind: "bad_request", status: 413 });
  });

  it("scrubs a short key only when it is long enough to be one", () => {
    expect(scrubSecrets("token abc used", "abc")).toBe("token abc used");
    expect(scrubSecrets("token abcd-1234 used", "abcd-1234")).toBe("token *** used");
  });
});

describe("retry-after parsing", () => {
  it("parses Go-style durations and rejects garbage", () => {
    expect(parseDuration("1h2m3.5s")).toBe(3_723_500);
    expect(parseDuration("0.5s")).toBe(500);
    expect(parseDuration("250us")).toBe(0.25);
    expect(parseDuration("7")).toBe(7000);
    expect(parseDuration("soon")).toBeUndefined();
    expect(parseDuration("")).toBeUndefined();
  });

  it("ignores a past date and absent headers", () => {
    expect(parseRetryAfter(new Headers({ "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" }))).toBe(0);
    expect(parseRetryAfter(new Headers())).toBeUndefined();
  });
});
