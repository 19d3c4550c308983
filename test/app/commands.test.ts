// Parsing `/promptgate` commands out of PR comments.
import { describe, expect, it } from "vitest";
import { parseCommand, renderHelp } from "../../src/app/commands.js";

describe("parseCommand", () => {
  it("reads each command", () => {
    expect(parseCommand("/promptgate rerun")).toEqual({ name: "rerun" });
    expect(parseCommand("/promptgate accept")).toEqual({ name: "accept" });
    expect(parseCommand("/promptgate help")).toEqual({ name: "help" });
    expect(parseCommand("/promptgate")).toEqual({ name: "help" });
    expect(parseCommand("/promptgate rollback prompts/support.prompt.yml")).toEqual({
      name: "rollback",
      path: "prompts/support.prompt.yml",
    });
  });

  it("reads `run`, and `accept` with an optional SHA of the head it accepts", () => {
    expect(parseCommand("/promptgate run")).toEqual({ name: "run" });
    expect(parseCommand("/promptgate accept 1A2B3C4")).toEqual({ name: "accept", sha: "1a2b3c4" });
    expect(parseCommand("/promptgate accept `1a2b3c4`")).toEqual({ name: "accept", sha: "1a2b3c4" });
    for (const bad of [
      "/promptgate accept main",
      "/promptgate accept 1a2b3c4 5d6e7f8",
      "/promptgate run now",
    ]) {
      expect(parseCommand(bad)).toMatchObject({ name: "invalid" });
    }
  });

  it("reads --to in both spellings and lower-cases the SHA", () => {
    expect(parseCommand("/promptgate rollback prompts/a.prompt.yml --to ABCDEF1")).toEqual({
      name: "rollback",
      path: "prompts/a.prompt.yml",
      toSha: "abcdef1",
    });
    expect(
      parseCommand("/promptgate rollback --to=0123456789abcdef0123456789abcdef01234567 `a.prompt.yml`"),
    ).toEqual({
      name: "rollback",
      path: "a.prompt.yml",
      toSha: "0123456789abcdef0123456789abcdef01234567",
    });
  });

  it("finds the command on any line, ignoring case of the verb and surrounding text", () => {
    expect(parseCommand("Thanks for the report.\r\n\r\n/promptgate RERUN\nplease")).toEqual({
      name: "rerun",
    });
  });

  it("ignores comments without a command, quoted commands and commands in code fences", () => {
    expect(parseCommand("looks good to me")).toBeUndefined();
    expect(parseCommand("/promptgaterun")).toBeUndefined();
    expect(parseCommand("run `/promptgate rerun` to try again")).toBeUndefined();
    expect(parseCommand("> /promptgate accept\nwhy did you accept?")).toBeUndefined();
    expect(parseCommand("```\n/promptgate rollback a.prompt.yml\n```")).toBeUndefined();
    expect(parseCommand("```\ncode\n```\n/promptgate help")).toEqual({ name: "help" });
  });

  it("explains invalid commands", () => {
    expect(parseCommand("/promptgate deploy")).toEqual({
      name: "invalid",
      problem: "unknown command `deploy`",
    });
    expect(parseCommand("/promptgate rerun now")).toMatchObject({
      name: "invalid",
      problem: expect.stringContaining("no arguments"),
    });
    expect(parseCommand("/promptgate rollback")).toMatchObject({
      name: "invalid",
      problem: expect.stringContaining("needs the path"),
    });
    expect(parseCommand("/promptgate rollback a.yml --to main")).toMatchObject({
      name: "invalid",
      problem: expect.stringContaining("SHA"),
    });
    expect(parseCommand("/promptgate rollback a.yml --to")).toMatchObject({ name: "invalid" });
    expect(parseCommand("/promptgate rollback a.yml b.yml")).toMatchObject({
      name: "invalid",
      problem: expect.stringContaining("one path"),
    });
    expect(parseCommand("/promptgate rollback ../secrets.yml")).toMatchObject({
      name: "invalid",
      problem: expect.stringContaining("not a path"),
    });
    expect(parseCommand("/promptgate rollback /etc/passwd")).toMatchObject({ name: "invalid" });
  });

  it("quotes the commenter's words in a code span they cannot break out of", () => {
    // Backticks in the verb would end a plain `…` span and let `@org/team` ping the team.
    expect(parseCommand("/promptgate a`@org/team`")).toEqual({
      name: "invalid",
      problem: "unknown command `` a`@org/team` ``",
    });
    expect(parseCommand("/promptgate rollback ../`@org/team`<!--")).toEqual({
      name: "invalid",
      problem: expect.stringMatching(/^``\.\.\/`@org\/team`<!\u200B--`` is not a path/),
    });
  });
});

describe("renderHelp", () => {
  it("lists every command with the repository's accept label", () => {
    const help = renderHelp("ship-it");
    for (const command of ["rerun", "run", "accept [<sha>]", "rollback <path> [--to <sha>]", "help"]) {
      expect(help).toContain(`/promptgate ${command}`);
    }
    expect(help).toContain("`ship-it`");
  });
});
