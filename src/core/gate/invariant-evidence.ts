// When an invariant break (an answer that violates a must-always-hold evaluator) is evidence of a regression.
//
// A single broken answer proves little: a model that breaks an invariant once in a thousand answers
// breaks one of 450 head answers 36% of the time with no change at all. So a break counts only when
// it reproduces: the case is asked again on head, at most MAX_REASKS times, and at least one more
// answer breaks too (a second broken answer among the case's own repeats also counts). A break that
// base shows on the same case is not new and never counts. With independent violations at rate v
// and r repeats, one case gives a false break with probability about r·v·(k + (r − 1)/2)·v
// (k = re-asks): at v = 0.1%, 150 cases × 3 repeats and k = 2 the no-op false-fail rate is 0.13%
// per invariant evaluator, so up to three invariant evaluators stay inside 0.5% (the rule it
// replaces, any head break fails, failed 8.6% of no-op reviews at 30 × 3).

/** Re-asks of one case on head after its first broken answer. */
export const MAX_REASKS = 2;
/** Broken answers beyond the first needed to confirm a break. */
export const REPRODUCTIONS_NEEDED = 1;
/** Cases re-asked per evaluator: more distinct broken cases than this is not chance either way. */
export const MAX_CASES_REASKED = 10;

/** One invariant evaluator on one case: its graded answers on each side, and any re-asks of head. */
export interface InvariantObservation {
  evaluator: string;
  caseId: string;
  /** Answers (of the case's repeats) that broke the invariant, and how many there were, per side. */
  baseBroken: number;
  baseAnswers: number;
  headBroken: number;
  headAnswers: number;
  /** Re-asks of head made for this case because it broke, and how many of them broke. */
  reasked?: number;
  reaskedBroken?: number;
}

export interface InvariantBreak {
  evaluator: string;
  caseId: string;
  /** Broken head answers out of all head answers, re-asks included. */
  broken: number;
  answers: number;
}

export interface InvariantDecision {
  /** Breaks that reproduced: any one fails the prompt. */
  confirmed: InvariantBreak[];
  /** Breaks seen once that did not reproduce (shown, not failing). */
  unconfirmed: InvariantBreak[];
  /** Re-asks still to make before deciding: run these, add them to the observations, decide again. */
  reasks: Array<{ evaluator: string; caseId: string; count: number }>;
  explanation: string;
}

function isNewBreak(o: InvariantObservation): boolean {
  return o.headBroken > 0 && o.baseBroken === 0;
}

function reproductions(o: InvariantObservation): number {
  return o.headBroken - 1 + (o.reaskedBroken ?? 0);
}

function asBreak(o: InvariantObservation): InvariantBreak {
  return {
    evaluator: o.evaluator,
    caseId: o.caseId,
    broken: o.headBroken + (o.reaskedBroken ?? 0),
    answers: o.headAnswers + (o.reasked ?? 0),
  };
}

/** Which breaks are confirmed, which are not, and which cases must be asked again first. */
export function decideInvariantBreaks(observations: InvariantObservation[]): InvariantDecision {
  const confirmed: InvariantBreak[] = [];
  const unconfirmed: InvariantBreak[] = [];
  const reasks: InvariantDecision["reasks"] = [];
  const reaskedPerEvaluator = new Map<string, number>();
  for (const o of observations.filter(isNewBreak)) {
    if (reproductions(o) >= REPRODUCTIONS_NEEDED) {
      confirmed.push(asBreak(o));
      continue;
    }
    const remaining = MAX_REASKS - (o.reasked ?? 0);
    const used = reaskedPerEvaluator.get(o.evaluator) ?? 0;
    if (remaining > 0 && used < MAX_CASES_REASKED) {
      reaskedPerEvaluator.set(o.evaluator, used + 1);
      reasks.push({ evaluator: o.evaluator, caseId: o.caseId, count: remaining });
    } else unconfirmed.push(asBreak(o));
  }
  return { confirmed, unconfirmed, reasks, explanation: explain(confirmed, unconfirmed, reasks.length) };
}

function explain(confirmed: InvariantBreak[], unconfirmed: InvariantBreak[], pending: number): string {
  if (confirmed.length > 0) {
    const first = confirmed[0]!;
    return `${first.evaluator} broke on case ${first.caseId} in ${first.broken} of ${first.answers} head answers (base: never)${confirmed.length > 1 ? `, and on ${confirmed.length - 1} more case(s)` : ""}.`;
  }
  if (pending > 0)
    return `${pending} case(s) broke an invariant once; asking them again to see whether it reproduces.`;
  if (unconfirmed.length > 0)
    return `${unconfirmed.length} case(s) broke an invariant once but not when asked again: treated as chance.`;
  return "No invariant broke on head that holds on base.";
}
