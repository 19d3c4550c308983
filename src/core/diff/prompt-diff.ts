// The prompt diff of a PR: unified text diff of the file, word diff per message, and the structural diff.
import { createTwoFilesPatch, diffWordsWithSpace } from "diff";
import type { PromptMessage, PromptSpec } from "../prompt-file/prompt-spec.js";
import type { MessageDiff, PromptDiffReport } from "../report/report.js";
import { buildStructuralDiff, emptyStructuralDiff } from "./structural-diff.js";

/** One version of a prompt file; `spec` is absent when the file did not parse. */
export interface DiffSide {
  path: string;
  text: string;
  spec?: PromptSpec;
}

type DiffPart = MessageDiff["parts"][number];

/** Header name of a side that does not exist, as git writes it. */
const missingFile = "/dev/null";
const contextLines = 3;

function buildUnifiedDiff(base: DiffSide | undefined, head: DiffSide | undefined): string {
  const patch = createTwoFilesPatch(
    base ? `a/${base.path}` : missingFile,
    head ? `b/${head.path}` : missingFile,
    base?.text ?? "",
    head?.text ?? "",
    undefined,
    undefined,
    { context: contextLines },
  );
  // The library opens every patch with a row of `=`; git's format (and GitHub's diff highlighting) has none.
  return patch.replace(/^=+\n/, "");
}

function toParts(changes: { value: string; added: boolean; removed: boolean }[]): DiffPart[] {
  return changes.map((change) => {
    const part: DiffPart = { value: change.value };
    if (change.added) part.added = true;
    if (change.removed) part.removed = true;
    return part;
  });
}

function labelFor(
  index: number,
  before: PromptMessage | undefined,
  after: PromptMessage | undefined,
): string {
  const from = before?.role;
  const to = after?.role;
  const role = from && to && from !== to ? `${from} → ${to}` : (to ?? from);
  return `messages[${index}] (${role})`;
}

/** Word diffs of the messages that changed, by position; an added or removed message is all added or removed. */
function buildMessageDiffs(base: PromptSpec | undefined, head: PromptSpec | undefined): MessageDiff[] {
  const before = base?.messages ?? [];
  const after = head?.messages ?? [];
  const diffs: MessageDiff[] = [];
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    const from = before[index];
    const to = after[index];
    if (from && to && from.role === to.role && from.content === to.content) continue;
    let parts: DiffPart[];
    if (from && to) parts = toParts(diffWordsWithSpace(from.content, to.content));
    else if (to) parts = [{ value: to.content, added: true }];
    else parts = [{ value: from?.content ?? "", removed: true }];
    diffs.push({ label: labelFor(index, from, to), parts });
  }
  return diffs;
}

/**
 * Diff of one prompt file from base to head; `undefined` is a side that does not exist (added or deleted file).
 * When an existing side did not parse, only the unified diff is filled: structure cannot be compared.
 */
export function diffPrompt(base: DiffSide | undefined, head: DiffSide | undefined): PromptDiffReport {
  const unified = buildUnifiedDiff(base, head);
  const parsed = (side: DiffSide | undefined) => side === undefined || side.spec !== undefined;
  if (!parsed(base) || !parsed(head) || (base === undefined && head === undefined)) {
    return { unified, ...emptyStructuralDiff(), messages: [] };
  }
  return {
    unified,
    ...buildStructuralDiff(base?.spec, head?.spec),
    messages: buildMessageDiffs(base?.spec, head?.spec),
  };
}

/** A word diff as plain text: `[-removed-]{+added+}`, as `git diff --word-diff` writes it. */
export function renderWordDiffText(parts: readonly DiffPart[]): string {
  return parts
    .map((part) => {
      if (part.added) return `{+${part.value}+}`;
      if (part.removed) return `[-${part.value}-]`;
      return part.value;
    })
    .join("");
}
