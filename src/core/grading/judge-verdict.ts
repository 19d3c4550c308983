// Reads an LLM judge's structured answer: a 1–5 score, or one of a custom judge's choices. Never by substring.

import type { JudgeChoice } from "../prompt-file/prompt-spec.js";
import { stripCodeFence } from "./evaluators.js";

export type JudgeVerdict =
  | { ok: true; score: number; reasoning?: string; choice?: string }
  | { ok: false; error: string };

/** Score range of the built-in judges. */
export const MIN_JUDGE_SCORE = 1;
export const MAX_JUDGE_SCORE = 5;

/** Longest excerpt of a judge's answer quoted in an error. */
const EXCERPT_CHARS = 80;

/**
 * Parses a judge's answer. Without `choices` it expects `{"score": 1–5 integer, "reasoning": "…"}` (built-in
 * judges). With `choices` it expects `{"choice": "<one of them>"}` and maps the choice to its score; a bare
 * answer that is exactly one of the choices is accepted too, for endpoints that ignore `response_format`.
 * Choices match after trimming, ignoring case when no choice matches exactly.
 */
export function parseJudgeVerdict(text: string, choices?: JudgeChoice[]): JudgeVerdict {
  const trimmed = text.trim();
  const body = stripCodeFence(trimmed) ?? trimmed;
  if (choices && choices.length > 0) {
    const bare = findChoice(body, choices);
    if (bare) return { ok: true, score: bare.score, choice: bare.choice };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return {
      ok: false,
      error: `judge answer is not valid JSON: ${(error as Error).message} in ${excerpt(body)}`,
    };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, error: `judge answer is not a JSON object: ${excerpt(body)}` };
  }
  const record = value as Record<string, unknown>;
  const reasoning = typeof record.reasoning === "string" ? record.reasoning : undefined;
  return choices && choices.length > 0
    ? readChoice(record, choices, reasoning)
    : readScore(record, reasoning);
}

function readScore(record: Record<string, unknown>, reasoning: string | undefined): JudgeVerdict {
  const score = record.score;
  if (score === undefined) return { ok: false, error: 'judge answer has no "score"' };
  if (
    typeof score !== "number" ||
    !Number.isInteger(score) ||
    score < MIN_JUDGE_SCORE ||
    score > MAX_JUDGE_SCORE
  ) {
    return {
      ok: false,
      error: `judge score ${JSON.stringify(score)} is not an integer from ${MIN_JUDGE_SCORE} to ${MAX_JUDGE_SCORE}`,
    };
  }
  return reasoning === undefined ? { ok: true, score } : { ok: true, score, reasoning };
}

function readChoice(
  record: Record<string, unknown>,
  choices: JudgeChoice[],
  reasoning: string | undefined,
): JudgeVerdict {
  const answer = record.choice;
  const names = choices.map((c) => c.choice).join(", ");
  if (typeof answer !== "string") {
    return { ok: false, error: `judge answer has no "choice" string (expected one of ${names})` };
  }
  const match = findChoice(answer, choices);
  if (!match) return { ok: false, error: `judge chose ${JSON.stringify(answer)}, not one of ${names}` };
  if (!Number.isFinite(match.score))
    return { ok: false, error: `choice "${match.choice}" has no finite score` };
  const verdict = { ok: true as const, score: match.score, choice: match.choice };
  return reasoning === undefined ? verdict : { ...verdict, reasoning };
}

// Whole-answer comparison only: "not good" is not "good".
function findChoice(answer: string, choices: JudgeChoice[]): JudgeChoice | undefined {
  const wanted = answer.trim();
  const exact = choices.find((c) => c.choice.trim() === wanted);
  if (exact) return exact;
  const folded = wanted.toLowerCase();
  return choices.find((c) => c.choice.trim().toLowerCase() === folded);
}

function excerpt(text: string): string {
  return text.length > EXCERPT_CHARS
    ? `${JSON.stringify(text.slice(0, EXCERPT_CHARS))}…`
    : JSON.stringify(text);
}
