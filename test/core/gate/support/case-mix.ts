// Case mixes and changes for the gate's calibration: how likely each case is to pass on base and on head.

/** A share of the eval set whose cases pass with probability p on base. */
export interface MixPart {
  weight: number;
  p: number;
}
export type CaseMix = MixPart[];

/** The mix real eval sets look like: mostly easy cases, some flaky, a few hard (issue 10). */
export const TYPICAL_MIX: CaseMix = [
  { weight: 0.75, p: 0.97 },
  { weight: 0.2, p: 0.5 },
  { weight: 0.05, p: 0.15 },
];
export const ALL_09: CaseMix = [{ weight: 1, p: 0.9 }];
export const ALL_05: CaseMix = [{ weight: 1, p: 0.5 }];

/**
 * How head differs from base. "none": a no-op. "few": a share of cases breaks outright (head never
 * passes) so that the mean pass rate drops by `drop`. "spread": every case's head pass probability
 * is scaled down by the same factor so the mean drops by `drop`.
 */
export type Change = { kind: "none" } | { kind: "few" | "spread"; drop: number };

/** Mean base pass probability of the mix. */
export function meanPass(mix: CaseMix): number {
  return mix.reduce((s, part) => s + part.weight * part.p, 0);
}

/** One case type: its base and head pass probabilities, with the probability of drawing it. */
export interface CaseType {
  weight: number;
  base: number;
  head: number;
}

/** The case types a change turns the mix into (a broken share becomes its own type). */
export function caseTypes(mix: CaseMix, change: Change): CaseType[] {
  if (change.kind === "none") return mix.map((part) => ({ weight: part.weight, base: part.p, head: part.p }));
  const ratio = change.drop / meanPass(mix);
  if (ratio > 1) throw new RangeError(`a drop of ${change.drop} is more than this mix's mean pass rate`);
  if (change.kind === "spread")
    return mix.map((part) => ({ weight: part.weight, base: part.p, head: part.p * (1 - ratio) }));
  return mix.flatMap((part) => [
    { weight: part.weight * (1 - ratio), base: part.p, head: part.p },
    { weight: part.weight * ratio, base: part.p, head: 0 },
  ]);
}

/** With one answer per side (or identical repeats): P(d = −1) and P(d = +1) for a case drawn from the mix. */
export function singleAnswerLaw(types: CaseType[]): { down: number; up: number } {
  let down = 0;
  let up = 0;
  for (const t of types) {
    down += t.weight * t.base * (1 - t.head);
    up += t.weight * t.head * (1 - t.base);
  }
  return { down, up };
}

/** How a case's repeats relate: independent draws, pairwise correlation 0.5, or all identical (temperature 0). */
export type Answers = "independent" | "correlated" | "identical";

/** r repeats passing with probability p; "correlated" copies a shared draw with probability √0.5 (pairwise ρ = 0.5). */
export function drawRepeats(p: number, repeats: number, answers: Answers, random: () => number): boolean[] {
  const shared = random() < p;
  const copy = answers === "identical" ? 1 : answers === "correlated" ? Math.SQRT1_2 : 0;
  return Array.from({ length: repeats }, () => (random() < copy ? shared : random() < p));
}

/** Draws a case type in proportion to the weights. */
export function drawType(types: CaseType[], random: () => number): CaseType {
  let u = random();
  for (const t of types) {
    u -= t.weight;
    if (u < 0) return t;
  }
  return types[types.length - 1]!;
}

function binomial(n: number, p: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= n; k++) {
    let c = 1;
    for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
    out.push(c * p ** k * (1 - p) ** (n - k));
  }
  return out;
}

/** P(k of r repeats pass) for a case passing with probability p, under the answer model of drawRepeats. */
export function passCountLaw(p: number, repeats: number, answers: Answers): number[] {
  const copy = answers === "identical" ? 1 : answers === "correlated" ? Math.SQRT1_2 : 0;
  // Given the shared draw Z, repeats are independent, passing with probability copy·Z + (1 − copy)·p.
  const ifPass = binomial(repeats, copy + (1 - copy) * p);
  const ifFail = binomial(repeats, (1 - copy) * p);
  return ifPass.map((q, k) => p * q + (1 - p) * ifFail[k]!);
}

/** P(d = j / r) for j = −r…r (index j + r) of a case drawn from the types: the law of one case's difference. */
export function differenceLaw(types: CaseType[], repeats: number, answers: Answers): number[] {
  const law = new Array<number>(2 * repeats + 1).fill(0);
  for (const t of types) {
    const base = passCountLaw(t.base, repeats, answers);
    const head = passCountLaw(t.head, repeats, answers);
    for (let b = 0; b <= repeats; b++)
      for (let h = 0; h <= repeats; h++) law[h - b + repeats]! += t.weight * base[b]! * head[h]!;
  }
  return law;
}
