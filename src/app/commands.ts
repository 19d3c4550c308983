// Parses `/promptgate …` commands out of a pull-request comment: rerun, run, accept, rollback, help.
import { inlineCode, md, type SafeMarkdown } from "../render/escape.js";

export type Command =
  | { name: "rerun" }
  /** Approves a fork pull request's current head to run with the repository's key. */
  | { name: "run" }
  /** `sha`: the head the maintainer read (a prefix); without it, the head the promptgate comment describes. */
  | { name: "accept"; sha?: string }
  | { name: "rollback"; path: string; toSha?: string }
  | { name: "help" }
  /** A `/promptgate` line that is not a valid command; `problem` says why, for the reply. */
  | { name: "invalid"; problem: SafeMarkdown };

/** Commands only `write` collaborators may run: they change the PR's gate or open a PR. */
export const PRIVILEGED_COMMANDS: ReadonlySet<Command["name"]> = new Set(["accept", "rollback", "run"]);

const PREFIX = /^\/promptgate(?=\s|$)/i;
const SHA = /^[0-9a-f]{7,40}$/i;

/**
 * The first `/promptgate` line of a comment, outside fenced code and quotes (quoting someone's command must
 * not run it again), or undefined when the comment holds none.
 */
export function parseCommand(body: string): Command | undefined {
  const line = findCommandLine(body);
  if (line === undefined) return undefined;
  const words = line.replace(PREFIX, "").trim().split(/\s+/).filter(Boolean);
  const [verb, ...rest] = words;
  if (verb === undefined) return { name: "help" };
  switch (verb.toLowerCase()) {
    case "help":
      return { name: "help" };
    case "rerun":
    case "run":
      return rest.length === 0
        ? { name: verb.toLowerCase() as "rerun" | "run" }
        : { name: "invalid", problem: md`${inlineCode(verb)} takes no arguments` };
    case "accept":
      return parseAccept(rest);
    case "rollback":
      return parseRollback(rest);
    default:
      // The commenter's text goes back into our reply: a code span it cannot break out of (no pings, no HTML).
      return { name: "invalid", problem: md`unknown command ${inlineCode(verb.slice(0, 40))}` };
  }
}

function parseAccept(args: string[]): Command {
  if (args.length === 0) return { name: "accept" };
  const sha = args[0]!.replace(/^`|`$/g, "");
  if (args.length > 1 || !SHA.test(sha)) {
    return { name: "invalid", problem: md`\`accept\` takes at most one commit SHA (7–40 hex digits)` };
  }
  return { name: "accept", sha: sha.toLowerCase() };
}

function parseRollback(args: string[]): Command {
  let path: string | undefined;
  let toSha: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--to") {
      toSha = args[++i];
      if (!toSha || !SHA.test(toSha))
        return { name: "invalid", problem: md`\`--to\` needs a commit SHA (7–40 hex digits)` };
    } else if (arg.startsWith("--to=")) {
      toSha = arg.slice("--to=".length);
      if (!SHA.test(toSha))
        return { name: "invalid", problem: md`\`--to\` needs a commit SHA (7–40 hex digits)` };
    } else if (path === undefined) {
      path = arg.replace(/^`|`$/g, "");
    } else {
      return { name: "invalid", problem: md`\`rollback\` takes one path` };
    }
  }
  if (!path) return { name: "invalid", problem: md`\`rollback\` needs the path of a prompt file` };
  const problem = checkRepoPath(path);
  if (problem) return { name: "invalid", problem };
  return { name: "rollback", path, ...(toSha ? { toSha: toSha.toLowerCase() } : {}) };
}

/** A path inside the repository, as the contents API names it. */
function checkRepoPath(path: string): SafeMarkdown | undefined {
  if (path.startsWith("/") || path.split("/").some((part) => part === ".." || part === "." || part === "")) {
    return md`${inlineCode(path.slice(0, 100))} is not a path inside the repository (write it like \`prompts/support.prompt.yml\`)`;
  }
  return undefined;
}

function findCommandLine(body: string): string | undefined {
  let fenced = false;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || line.startsWith(">")) continue;
    if (PREFIX.test(line)) return line;
  }
  return undefined;
}

/** The reply to `/promptgate help` (and to an invalid command, after the problem). */
export function renderHelp(acceptLabel: string): SafeMarkdown {
  // The label name comes from the base's config: a code span it cannot break out of.
  return md`| Command | What it does | Who |
| --- | --- | --- |
| \`/promptgate rerun\` | Reviews the pull request again. | anyone who can comment |
| \`/promptgate run\` | Lets a fork pull request's current head run with the repository's key and budget; a new push needs a new approval. | write access |
| \`/promptgate accept [<sha>]\` | Accepts a failing review of that head (default: the head the promptgate comment describes): adds the ${inlineCode(acceptLabel, { inTable: true })} label, the check turns green and the comment records who accepted; a new push clears it. | write access |
| \`/promptgate rollback <path> [--to <sha>]\` | Opens a pull request that restores \`<path>\` on the default branch to its content at \`<sha>\` (default: the version before its last change), and reviews it. | write access |
| \`/promptgate help\` | Shows this table. | anyone |`;
}
