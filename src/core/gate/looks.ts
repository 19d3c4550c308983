// The planned looks of a sequential review: the case counts at which the evidence is examined.

/** First look: fewer cases say too little to stop on (and 30 is where the old fixed design stopped). */
export const FIRST_LOOK = 30;
/** Cases added between looks. */
export const LOOK_STEP = 20;
/** A final stretch shorter than this joins the look before it rather than costing a look of its own. */
const MIN_LAST_STEP = 10;

/**
 * Looks at 30, 50, 70, … (every 20) up to min(totalCases, maxCases), always ending at that cap; a
 * single look when the cap is 30 or less, none when it is 0. The plan depends only on the counts,
 * never on answers, which the error spending requires.
 */
export function planLooks(totalCases: number, maxCases?: number): number[] {
  const cap = Math.max(0, Math.floor(Math.min(totalCases, maxCases ?? totalCases)));
  if (cap === 0) return [];
  const looks: number[] = [];
  for (let n = FIRST_LOOK; n <= cap - MIN_LAST_STEP; n += LOOK_STEP) looks.push(n);
  looks.push(cap);
  return looks;
}
