// `/promptgate` replies built from strings promptgate does not control (the base config's label name, the
// commenter's login, the command's arguments), read as GitHub reads them: no heading, image or mention of theirs.
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countTags, findReferences, listHeadings, renderGfm } from "../support/gfm.js";
import { commentEvent, INSTALLATION_ID, loadEvent, shasOf, startTestApp } from "./app-harness.js";

const API = "https://api.github.com";
const REPO = "/repos/octo-org/prompts";

/** Breaks out of a code span, a table cell and a line, then writes a heading, an image, HTML and a mention. */
const HOSTILE =
  "x` | ![t](https://evil.example/t.png) <img src=x> @admin\r\n# ✅ safe to merge\n@octo-org/owners `";

describe("command replies with hostile strings", () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(() => {
    nock.cleanAll();
  });

  /** Answers the reply's reads (the PR, the config at base) and returns the reply the App posts. */
  async function replyTo(command: string, login: string, config?: string): Promise<string> {
    let reply = "";
    const { baseSha } = shasOf(loadEvent("pull_request.labeled"));
    const content = config === undefined ? undefined : Buffer.from(config).toString("base64");
    const scope = nock(API)
      .post(`/app/installations/${INSTALLATION_ID}/access_tokens`)
      .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z", permissions: {} })
      .post(`${REPO}/issues/comments/1987654321/reactions`)
      .reply(201, {})
      .get(`${REPO}/pulls/7`)
      .reply(200, loadEvent("pull_request.labeled").pull_request as object)
      .get(`${REPO}/contents/promptgate.yml`)
      .query({ ref: baseSha })
      .reply(
        content === undefined ? 404 : 200,
        content === undefined
          ? { message: "Not Found" }
          : { type: "file", encoding: "base64", content, sha: "a" },
      )
      .get(/\/contents\//)
      .query(true)
      .optionally()
      .times(3)
      .reply(404, { message: "Not Found" })
      .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
        reply = body.body;
        return true;
      })
      .reply(201, { id: 2 });
    await app.receive("issue_comment", commentEvent(command, login));
    expect(scope.isDone()).toBe(true);
    return reply;
  }

  function expectNothingInjected(reply: string, mentions: string[]): void {
    const html = renderGfm(reply);
    const tags = countTags(html);
    for (const tag of ["img", "h1", "h2", "h3", "h4", "h5", "h6", "a", "script"])
      expect(tags.get(tag) ?? 0, `<${tag}> in:\n${reply}`).toBe(0);
    expect(listHeadings(html)).toEqual([]);
    expect(findReferences(html), reply).toEqual(mentions);
    // The help table keeps its shape: a header and one row per command, whatever the label holds.
    if (tags.has("table")) expect(tags.get("tr")).toBe(6);
  }

  it("a hostile accept label in the base config stays inside its code span in /promptgate help", async () => {
    const reply = await replyTo(
      "/promptgate help",
      "octocat",
      `labels:\n  accept: ${JSON.stringify(HOSTILE)}\n`,
    );
    expect(reply).toContain("promptgate commands:");
    expectNothingInjected(reply, []);
  });

  it("a hostile login is shown, not mentioned, and cannot start a heading", async () => {
    const reply = await replyTo("/promptgate frobnicate", HOSTILE);
    expect(reply).toContain("unknown command");
    expectNothingInjected(reply, []);
  });

  for (const command of [
    `/promptgate ${HOSTILE.split("\r")[0]}`,
    "/promptgate accept `abc1234`![t](https://evil.example/t.png)",
    "/promptgate rollback ../@admin#12 --to ![t](https://evil.example/t.png)",
  ]) {
    it(`mentions a real login once, and shows the arguments only as text: ${command.slice(12, 40)}…`, async () => {
      const reply = await replyTo(command, "octo-cat");
      expect(reply.startsWith("@octo-cat ")).toBe(true);
      expectNothingInjected(reply, ["@octo-cat"]);
    });
  }
});
