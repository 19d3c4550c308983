// The one redaction step: known secrets, credential-named environment values, URL credentials and auth headers.
import { describe, expect, it } from "vitest";
import { createRedactor, listEnvSecrets, listUrlSecrets, redactDeep } from "../../src/core/redact.js";

const BASE_URL = "https://gw-user:pa55word@gateway.example/v1?api-key=AZURE-KEY-123#frag-token";

describe("createRedactor", () => {
  it("removes a failing call's URL credentials, query and fragment from an error", () => {
    const redact = createRedactor(listUrlSecrets(BASE_URL));
    const text = `Request cannot be constructed from a URL that includes credentials: ${BASE_URL}`;
    const out = redact(text);
    expect(out).toBe(
      "Request cannot be constructed from a URL that includes credentials: https://***@gateway.example/v1?***#***",
    );
    for (const secret of ["gw-user", "pa55word", "AZURE-KEY-123", "frag-token"])
      expect(out).not.toContain(secret);
  });

  it("finds a known secret anywhere, URL-encoded too, and keeps short values", () => {
    const redact = createRedactor(["p@ss word!", "tok"]);
    expect(redact("a p@ss word! b p%40ss%20word! c tok")).toBe("a *** b *** c tok");
  });

  it("redacts Authorization, api-key and x-api-key header values as dumped in errors", () => {
    const redact = createRedactor();
    expect(redact("Authorization: Bearer abc.def")).toBe("Authorization: ***");
    expect(redact('{"api-key":"k-1234567","x":1}')).toBe('{"api-key":"***","x":1}');
    expect(redact("x-api-key=zzzzzz, next")).toBe("x-api-key=***, next");
    // A longer name is not the header: our own hint keeps its workflow snippet.
    const hint = "openai-api-key: $" + "{{ secrets.OPENAI_API_KEY }}";
    expect(redact(hint)).toBe(hint);
  });

  it("leaves a prompt's own links and words in rendered content, but not credentials", () => {
    const redact = createRedactor(["s3cr3t-value"]);
    const text =
      "See https://acme.example/refunds?utm=mail and https://u:s3cr3t-value@h.example/ — Authorization: docs";
    expect(redact.content(text)).toBe(
      "See https://acme.example/refunds?utm=mail and https://***@h.example/ — Authorization: docs",
    );
  });

  it("learns secrets later and lists them for the runner's mask", () => {
    const redact = createRedactor();
    redact.add("late-secret-1", undefined, "");
    expect(redact("x late-secret-1")).toBe("x ***");
    expect(redact.secrets()).toContain("late-secret-1");
  });
});

describe("listEnvSecrets", () => {
  it("takes *_KEY, *_TOKEN, *_SECRET and *PASSWORD* values, and no others", () => {
    const env = {
      OPENAI_API_KEY: "sk-abc",
      GITHUB_TOKEN: "ghs_xyz",
      "INPUT_GITHUB-TOKEN": "ghs_in",
      WEBHOOK_SECRET: "whsec",
      DB_PASSWORD_FILE: "pw",
      HOME: "/home/runner",
      KEYBOARD: "us",
    };
    expect(listEnvSecrets(env).sort()).toEqual(["ghs_in", "ghs_xyz", "pw", "sk-abc", "whsec"]);
  });

  it("takes the provider URL's credentials and the password of any credentialed URL", () => {
    const env = {
      OPENAI_BASE_URL: "https://gw-user:gw-pass@gw.example/v1?api-key=AZ-123456",
      DATABASE_URL: "postgres://admin:db-pa55@db.example/app?sslmode=require",
      DOCS_URL: "https://docs.example/a?b=c",
    };
    const secrets = listEnvSecrets(env);
    expect(secrets).toEqual(expect.arrayContaining(["gw-user", "gw-pass", "AZ-123456", "db-pa55"]));
    expect(secrets).not.toContain("require");
    expect(secrets).not.toContain("c");
  });
});

describe("redactDeep", () => {
  it("redacts every string of plain data and leaves other objects alone", () => {
    const signal = new AbortController().signal;
    const out = redactDeep({ a: ["x-secret-x"], b: { c: "x-secret-x", n: 1 }, signal }, (t) =>
      t.replace("secret", "***"),
    );
    expect(out).toEqual({ a: ["x-***-x"], b: { c: "x-***-x", n: 1 }, signal });
    expect(out.signal).toBe(signal);
  });
});
