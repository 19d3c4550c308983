// Issue 9 row 3: credentials in the provider URL (and every other secret the job holds) never leave the job.
// The built Action calls a provider through `http://user:pa55word@127.0.0.1:PORT/v1?key=…`; Node's fetch
// refuses such a URL and its error quotes it. Nothing GitHub receives, no file the run leaves, no log line
// (other than the runner's `::add-mask::`) may hold the password, the query key, the API key or a token.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checksOn,
  commentsOn,
  createRepository,
  openPullRequest,
  PROMPT,
  type Repository,
  runOnPullRequest,
  withoutLink,
} from "../action/support/e2e-repository.js";
import { copyFreshDist } from "../action/support/run-dist.js";
import { pricingConfig, supportPrompt } from "../support/review-harness.js";

const PASSWORD = "pa55word";
const QUERY_KEY = "S3CRET-QUERY-VALUE";
const API_KEY = "sk-live-abcdef0123456789";
const ENV_TOKEN = "env-token-9876543210";
const SECRETS = [PASSWORD, QUERY_KEY, API_KEY, ENV_TOKEN];

let script: string;
let repo: Repository;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  script = copyFreshDist();
  // No retries and one sample: every call fails the same way, so the run is quick.
  repo = await createRepository(servers, `${pricingConfig}repeats: 1\nprovider:\n  maxRetries: 0\n`);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("a failing provider behind a credentialed base URL", () => {
  it("leaks none of the job's secrets to GitHub, the report, the cache, the summary or the log", async () => {
    const head = openPullRequest(repo, 31, { [PROMPT]: supportPrompt(withoutLink) });
    const port = new URL(repo.openai.url).port;
    const run = await runOnPullRequest(
      script,
      repo,
      { number: 31, baseSha: repo.base, headSha: head },
      {
        inputs: {
          "openai-api-key": API_KEY,
          "openai-base-url": `http://user:${PASSWORD}@127.0.0.1:${port}/v1?key=${QUERY_KEY}`,
        },
        env: { ACME_SERVICE_TOKEN: ENV_TOKEN },
      },
    );

    // The review did fail on the provider, and said so where people look.
    const [check] = checksOn(repo.github, head);
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    // The failure reached the check, with the URL's credentials and query replaced (shown through the
    // sanitiser: `***` escaped, the autolink's colon an entity, the `@` a look-alike).
    expect(check!.output.summary).toContain(
      "a URL that includes credentials: http&#58;//\\*\\*\\*＠127.0.0.1",
    );
    expect(commentsOn(repo.github, 31)).toHaveLength(1);

    const places: Array<[string, string]> = [
      ["GitHub writes", JSON.stringify(repo.github.writes().map((write) => write.body))],
      [
        "stdout",
        run.stdout
          .split("\n")
          .filter((line) => !line.startsWith("::add-mask::"))
          .join("\n"),
      ],
      ["stderr", run.stderr],
      ["step summary", run.summary],
      ["outputs", JSON.stringify(run.outputs)],
      ...filesUnder(repo.runnerTemp).map((file): [string, string] => [file, readFileSync(file, "utf8")]),
    ];
    expect(places.some(([where]) => where.endsWith(".json") && where.includes("promptgate-report"))).toBe(
      true,
    );
    for (const [where, text] of places) {
      for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${where}`).toBe(false);
    }
    // The runner was told to mask them too.
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(run.stdout).toContain(`::add-mask::${QUERY_KEY}`);
  });
});
