// A rollback PR for a file whose path is built to break Markdown: its body, read as GitHub reads it, holds the
// path as code and the marker as one hidden comment, with no image, heading, HTML or mention of the path's own.
import { describe, expect, it } from "vitest";
import { buildRollbackMarker, openRollbackPullRequest } from "../../../src/adapters/github/rollback.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";
import { countTags, findReferences, listHeadings, renderGfm } from "../../support/gfm.js";

const OWNER = "octo-org";
const REPO = "prompts";
const path = "prompts/x`-->![t](https://evil.example/t.png)<img src=x>@admin #1.prompt.yml";
const previous = "abc1234def5678abc1234def5678abc1234def56";
const fake = useFakeGitHub();

describe("the rollback pull request of a hostile path", () => {
  it("shows the path as code under one hidden marker", async () => {
    fake.github.addCommit({ files: { [path]: "name: v1\n" }, sha: previous });
    fake.github.setBranch(
      "main",
      fake.github.addCommit({ files: { [path]: "name: v2\n" }, parent: previous }),
    );

    const input = { owner: OWNER, repo: REPO, path, defaultBranch: "main" };
    await openRollbackPullRequest(fake.client, input);

    const opened = [...fake.github.state.pulls.values()];
    expect(opened).toHaveLength(1);
    const body = opened[0]!.body;
    expect(body.startsWith(`${buildRollbackMarker(path, previous)}\n`)).toBe(true);
    const html = renderGfm(body);
    expect(html.match(/<!--/g)).toHaveLength(1);
    expect(html.match(/-->/g)).toHaveLength(1);
    const tags = countTags(html);
    for (const tag of ["img", "a", "h1", "h2", "h3"]) expect(tags.get(tag) ?? 0, `<${tag}>`).toBe(0);
    expect(listHeadings(html)).toEqual([]);
    expect(findReferences(html)).toEqual([]);
    expect(tags.get("code")).toBe(1);
  });
});
