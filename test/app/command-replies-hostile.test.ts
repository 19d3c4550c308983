// `/promptgate` replies built from strings promptgate does not control (the base config's label name, the
// commenter's login, the command's arguments), read as GitHub reads them: no heading, image or mention of theirs.
import { describe, expect, it } from "vitest";
import { seedPullRequest } from "../support/fake-github/seed.js";
import { countTags, findReferences, listHeadings, renderGfm } from "../support/gfm.js";
import { useAppFakes } from "./app-fakes.js";
import { BOT_LOGIN, commentEvent, loadEvent, shasOf } from "./app-harness.js";

/** Breaks out of a code span, a table cell and a line, then writes a heading, an image, HTML and a mention. */
const HOSTILE =
  "x` | ![t](https://evil.example/t.png) <img src=x> @admin\r\n# ✅ safe to merge\n@octo-org/owners `";

describe("command replies with hostile strings", () => {
  const env = useAppFakes();

  /** PR #7 with `config` as promptgate.yml at base (none when undefined); returns the reply the App posts. */
  async function replyTo(command: string, login: string, config?: string): Promise<string> {
    const { baseSha, headSha, headRef } = shasOf(loadEvent("pull_request.labeled"));
    const base: Record<string, string> = { "README.md": "# shop\n" };
    if (config !== undefined) base["promptgate.yml"] = config;
    seedPullRequest(env.github, { base, head: { "README.md": "# shop!\n" }, baseSha, headSha, headRef });
    await env.app.receive("issue_comment", commentEvent(command, login, { github: env.github }));
    const replies = env.commentsOn(7).filter((c) => c.user === BOT_LOGIN);
    expect(replies).toHaveLength(1);
    return replies[0]!.body;
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
