// The power of the best fixed-sample conditional sign test at a level: what no level-α test on the signs can beat.
//
// Given D cases that differ, a no-op makes the number of drops Binomial(D, ½) whatever the mix
// (the least favourable configuration of the no-op null), and under a change it is Binomial(D, π)
// with π = P(d < 0 | d ≠ 0). For one-sided alternatives the uniformly most powerful level-α test
// given D rejects for many drops, randomising at the boundary (Neyman–Pearson); its power averaged
// over D ~ Binomial(n, P(d ≠ 0)) bounds every level-α test on −1/0/1 differences, sequential or not.
// With repeats that disagree the test on signs alone is still valid but ignores the sizes: there
// its power is a floor of the best test's, not a ceiling.

/** Binomial(n, p) probabilities, built in log space (150 cases do not underflow) with one step per k. */
function binomialPmf(n: number, p: number): number[] {
  if (p <= 0 || p >= 1) return Array.from({ length: n + 1 }, (_, k) => (k === (p <= 0 ? 0 : n) ? 1 : 0));
  const out = new Array<number>(n + 1);
  let log = n * Math.log(1 - p);
  const odds = Math.log(p / (1 - p));
  out[0] = Math.exp(log);
  for (let k = 1; k <= n; k++) {
    log += Math.log((n - k + 1) / k) + odds;
    out[k] = Math.exp(log);
  }
  return out;
}

/** Exact power of the randomised UMP conditional sign test at level alpha over n cases, differences down/up with these probabilities. */
export function signTestPower(n: number, down: number, up: number, alpha: number): number {
  const differs = down + up;
  if (differs === 0) return 0;
  const ofD = binomialPmf(n, differs);
  let power = 0;
  for (let d = 1; d <= n; d++) {
    const none = binomialPmf(d, 0.5);
    const drop = binomialPmf(d, down / differs);
    // Reject for more than k drops; at exactly k with the probability that spends what is left of alpha.
    let tail = 0;
    let k = d;
    while (k >= 0 && tail + none[k]! <= alpha) tail += none[k--]!;
    let caught = 0;
    for (let j = k + 1; j <= d; j++) caught += drop[j]!;
    if (k >= 0) caught += (drop[k]! * (alpha - tail)) / none[k]!;
    power += ofD[d]! * caught;
  }
  return power;
}
