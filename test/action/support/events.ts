// Real-shaped webhook payloads for the Action's tests, derived from the recorded pull_request.opened fixture.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const fixture = fileURLToPath(new URL("../../fixtures/events/pull_request.opened.json", import.meta.url));

export interface PullRequestEventInput {
  action?: "opened" | "synchronize" | "reopened" | "labeled" | "unlabeled";
  number: number;
  baseSha: string;
  headSha: string;
  headRef?: string;
  labels?: string[];
  /** The label of a labeled/unlabeled event. */
  label?: string;
  sender?: string;
  /** `synchronize`: the head before the push. */
  before?: string;
  /** Head branch in `fork-owner/prompts`. */
  fork?: boolean;
  /** The head repository's `pushed_at` (default: the fixture's). */
  headPushedAt?: string;
}

type Json = Record<string, unknown>;

export function buildPullRequestEvent(input: PullRequestEventInput): Json {
  const event = JSON.parse(readFileSync(fixture, "utf8")) as Json & {
    pull_request: Json & { head: Json; base: Json };
  };
  const pr = event.pull_request;
  event.action = input.action ?? "opened";
  event.number = input.number;
  pr.number = input.number;
  pr.html_url = `https://github.com/octo-org/prompts/pull/${input.number}`;
  pr.labels = (input.labels ?? []).map((name, i) => ({ id: 100 + i, name, color: "ededed", default: false }));
  pr.base = { ...pr.base, sha: input.baseSha };
  const headRef = input.headRef ?? `change-${input.number}`;
  pr.head = { ...pr.head, sha: input.headSha, ref: headRef, label: `octo-org:${headRef}` };
  if (input.fork) {
    const repo = {
      ...(pr.head.repo as Json),
      full_name: "fork-owner/prompts",
      fork: true,
      owner: { login: "fork-owner" },
    };
    pr.head = { ...pr.head, label: `fork-owner:${headRef}`, repo };
  }
  if (input.headPushedAt)
    pr.head = { ...pr.head, repo: { ...(pr.head.repo as Json), pushed_at: input.headPushedAt } };
  if (input.before) event.before = input.before;
  if (input.label) event.label = { id: 200, name: input.label, color: "0e8a16", default: false };
  if (input.sender)
    event.sender = { login: input.sender, id: 1, type: input.sender.endsWith("[bot]") ? "Bot" : "User" };
  return event;
}

/** `workflow_dispatch` as GitHub sends it for a manual rollback run. */
export function buildWorkflowDispatchEvent(inputs: Record<string, string>): Json {
  const event = JSON.parse(readFileSync(fixture, "utf8")) as Json;
  return {
    inputs,
    ref: "refs/heads/main",
    repository: event.repository,
    organization: event.organization,
    sender: { login: "maintainer-mona", id: 2, type: "User" },
    workflow: ".github/workflows/promptgate-rollback.yml",
  };
}
