// Reviews in looks on a 150-row eval set against a loopback model: stop early, seeded order, re-runs from the cache.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/engine/cache.js";
import { contentText, type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";
import { pricingConfig, runReview } from "../support/review-harness.js";

const ROWS = 150;

/** 150 cities; the bot repeats the city unless the system prompt says `forget 37` (cities ending in 3 or 7). */
function cityPrompt(system: string, count = ROWS): string {
  const rows = Array.from({ length: count }, (_, i) => `  - city: City${i + 1}`).join("\n");
  return `name: Cities
model: gpt-4o-mini
messages:
  - role: system
    content: ${system}
  - role: user
    content: "{{city}}"
testData:
${rows}
evaluators:
  - name: names the city
    string:
      contains: "{{city}}"
  - name: no shouting
    invariant: true
    string:
      startsWith: "The"
`;
}

let server: FakeOpenAIServer;
const asked: string[] = [];
const seen = new Map<string, number>();

beforeAll(async () => {
  server = await startFakeOpenAIServer({
    respond: (body) => {
      const system = contentText(body.messages[0]?.content ?? "");
      const city = contentText(body.messages.at(-1)?.content ?? "");
      asked.push(city);
      const forget = /forget (\d+)/.exec(system)?.[1] ?? "";
      if (forget.includes(city.at(-1)!)) return "The answer is unknown.";
      // `shout N`: the answer for CityN breaks the invariant every time; `blip N`: only the first time it is asked.
      const key = `${system}|${city}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      const shout = /shout (\d+)/.exec(system)?.[1];
      const blip = /blip (\d+)/.exec(system)?.[1];
      if (city === `City${shout}` || (city === `City${blip}` && seen.get(key) === 1)) return `HEY! ${city}.`;
      return `The city is ${city}.`;
    },
  });
});
afterAll(async () => {
  await server.close();
});

async function repoChanging(from: string, to: string, rows = ROWS): Promise<GitFixture> {
  const repo = createGitFixture();
  repo.write("promptgate.yml", pricingConfig);
  repo.write("prompts/cities.prompt.yml", cityPrompt(from, rows));
  await repo.commit("base");
  repo.git("checkout", "-q", "-b", "change");
  repo.write("prompts/cities.prompt.yml", cityPrompt(to, rows));
  await repo.commit("change");
  return repo;
}

describe("a review in looks", () => {
  it("passes a harmless edit at an early look, running a fraction of the 150 rows", async () => {
    const repo = await repoChanging("Repeat the city name.", "Repeat the city's name.");
    const report = await runReview(repo.dir, server.url);
    const [prompt] = report.prompts;
    expect(report.verdict).toBe("pass");
    expect(prompt!.sequential).toMatchObject({
      plannedLooks: [30, 50, 70, 90, 110, 130, 150],
      totalCases: ROWS,
      stoppedBecause: "pass",
    });
    const { cases, looksUsed } = prompt!.sequential!;
    expect(cases).toBe(prompt!.sequential!.plannedLooks[looksUsed - 1]);
    expect(cases).toBeLessThan(ROWS);
    expect(report.calls.total).toBe(cases * 2);
    expect(prompt!.cases).toHaveLength(cases);
  });

  it("fails a real drop at the first look and asks a seeded, not a first-rows, selection of cases", async () => {
    const repo = await repoChanging("Repeat the city name.", "Repeat the city name, forget 1357");
    const before = asked.length;
    const report = await runReview(repo.dir, server.url);
    const [prompt] = report.prompts;
    expect(report.verdict).toBe("fail");
    expect(prompt!.sequential).toMatchObject({ looksUsed: 1, cases: 30, stoppedBecause: "fail" });
    expect(report.calls.total).toBe(60);
    const rows = prompt!.cases.map((c) => c.index);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows).not.toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(new Set(asked.slice(before)).size).toBe(30);
  });

  it("asks the same cases again on a re-run, answering every one from the cache", async () => {
    const repo = await repoChanging("Repeat the city name.", "Repeat the city name, forget 7");
    const cache = createMemoryCache();
    const first = await runReview(repo.dir, server.url, { cache });
    const received = server.received;
    const again = await runReview(repo.dir, server.url, { cache });
    expect(server.received).toBe(received);
    expect(again.calls.cached).toBe(again.calls.total);
    expect(again.verdict).toBe(first.verdict);
    expect(again.prompts[0]!.cases.map((c) => c.id)).toEqual(first.prompts[0]!.cases.map((c) => c.id));
    expect(again.prompts[0]!.sequential).toEqual(first.prompts[0]!.sequential);
  });

  it("fails on an invariant break that reproduces when asked again, and not on one that does not", async () => {
    // Twelve rows: one look asks them all. City1 breaks the invariant every time, City2 only when first asked.
    const repo = await repoChanging("Repeat the city name.", "Repeat the city name, shout 1 blip 2", 12);
    const report = await runReview(repo.dir, server.url);
    const [prompt] = report.prompts;
    expect(report.verdict).toBe("fail");
    expect(prompt!.reasons.join(" ")).toMatch(
      /Invariant evaluator `no shouting` failed on .*the break reproduced/,
    );
    expect(prompt!.reasons.join(" ")).toMatch(
      /broke once on 1 case but not when asked again: treated as chance/,
    );
    // 12 cases on both sides, and two re-asks of head for each of the two cases that broke.
    expect(report.calls.total).toBe(24 + 4);
  });
});
