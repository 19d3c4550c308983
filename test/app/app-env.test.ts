// The app's environment: parsed once; a missing variable is named and the process exits 2.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  describeEnvProblems,
  normalisePrivateKey,
  parseAppEnv,
  resolveGitHubApiUrl,
} from "../../src/app/app-env.js";
import { runApp } from "../../src/app/run-app.js";

const complete = { APP_ID: "123", PRIVATE_KEY: "pem", WEBHOOK_SECRET: "s", OPENAI_API_KEY: "sk" };

describe("parseAppEnv", () => {
  it("applies defaults to a complete environment", () => {
    const parsed = parseAppEnv(complete);
    expect(parsed).toEqual({
      ok: true,
      env: expect.objectContaining({
        ...complete,
        PORT: 3000,
        HOST: "0.0.0.0",
        WEBHOOK_PATH: "/api/github/webhooks",
      }),
    });
  });

  it("names every missing variable, counting empty ones as missing, and PRIVATE_KEY_PATH as a key", () => {
    expect(parseAppEnv({ APP_ID: "", OPENAI_BASE_URL: "" })).toEqual({
      ok: false,
      missing: ["APP_ID", "PRIVATE_KEY", "WEBHOOK_SECRET", "OPENAI_API_KEY"],
      invalid: [],
    });
    const { PRIVATE_KEY: _key, ...withoutKey } = complete;
    expect(parseAppEnv({ ...withoutKey, PRIVATE_KEY_PATH: "/run/secrets/key.pem" }).ok).toBe(true);
    expect(parseAppEnv(withoutKey)).toMatchObject({ ok: false, missing: ["PRIVATE_KEY"] });
  });

  it("reports malformed values with the variable's name", () => {
    const parsed = parseAppEnv({
      ...complete,
      APP_ID: "promptgate",
      PORT: "http",
      OPENAI_BASE_URL: "localhost:8000",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.invalid.map((line) => line.split(":")[0])).toEqual(["APP_ID", "OPENAI_BASE_URL", "PORT"]);
    expect(describeEnvProblems(parsed)).toContain("Invalid: APP_ID: must be the App's numeric id");
  });

  it("turns GHE_HOST into the Enterprise Server REST root, unless GITHUB_API_URL is given", () => {
    expect(resolveGitHubApiUrl({ GHE_HOST: "github.example.com" })).toBe("https://github.example.com/api/v3");
    expect(
      resolveGitHubApiUrl({ GHE_HOST: "github.example.com", GITHUB_API_URL: "http://127.0.0.1:1/" }),
    ).toBe("http://127.0.0.1:1");
    expect(resolveGitHubApiUrl({})).toBeUndefined();
    expect(parseAppEnv({ ...complete, GHE_HOST: "https://github.example.com" }).ok).toBe(false);
  });

  it("restores line breaks in a key pasted with \\n escapes", () => {
    expect(normalisePrivateKey("-----BEGIN\\nabc\\n-----END")).toBe("-----BEGIN\nabc\n-----END");
  });
});

describe("starting without the required environment", () => {
  it("runApp lists the missing variables and returns exit code 2", async () => {
    let printed = "";
    const result = await runApp({ WEBHOOK_SECRET: "s" }, { stderr: (text) => (printed += text) });
    expect(result).toEqual({ exitCode: 2 });
    expect(printed).toContain("Missing environment variables: APP_ID, PRIVATE_KEY, OPENAI_API_KEY");
  });

  it("runApp says when PRIVATE_KEY_PATH cannot be read", async () => {
    let printed = "";
    const { PRIVATE_KEY: _key, ...rest } = complete;
    const result = await runApp(
      { ...rest, PRIVATE_KEY_PATH: "/nonexistent/key.pem" },
      { stderr: (t) => (printed += t) },
    );
    expect(result).toEqual({ exitCode: 2 });
    expect(printed).toContain("cannot read PRIVATE_KEY_PATH");
  });

  it("the server entry prints the missing variables and exits 2", () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "src/app/server-main.ts"], {
      env: { PATH: process.env.PATH, APP_ID: "123" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain(
      "Missing environment variables: PRIVATE_KEY, WEBHOOK_SECRET, OPENAI_API_KEY",
    );
  });
});
