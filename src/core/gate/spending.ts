// Error spending across looks: how much of the false-fail and false-pass budgets each planned look may use.
//
// The fail budget follows the power family α·t² (Kim–DeMets, ρ = 2), between Pocock and
// O'Brien–Fleming. The fail boundaries spend it cumulatively: by look k the chance of having
// crossed any boundary is at most α·t_k², with what earlier looks left unspent recycled
// (recycled-boundary.ts). Each look's own slice α·(t_k² − t_{k−1}²) is the fallback when the
// looks' lattices disagree (and what the normal power approximation uses: it errs towards less
// power). The pass budget is spent in proportion to the cases added, slice by slice.

/** Standard normal cumulative distribution (W. J. Cody's erfc rational approximation, error < 1e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Standard normal quantile (Acklam's algorithm, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low || p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
    const x =
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
    return p < low ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/**
 * Student-t quantile: exact for 1 and 2 degrees of freedom, otherwise the four-term Cornish–Fisher
 * expansion (Abramowitz & Stegun 26.7.5), within 0.5% from 3 degrees of freedom at the levels used.
 */
export function studentQuantile(p: number, df: number): number {
  // The exact power runs the rule on thousands of states per look with the same two (p, df) pairs.
  const key = df + p; // unique: df is a whole number and 0 < p < 1
  const hit = quantiles.get(key);
  if (hit !== undefined) return hit;
  const value = computeStudentQuantile(p, df);
  if (quantiles.size > 10_000) quantiles.clear();
  quantiles.set(key, value);
  return value;
}

const quantiles = new Map<number, number>();

function computeStudentQuantile(p: number, df: number): number {
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = normalQuantile(p);
  if (df <= 0 || !Number.isFinite(z)) return z;
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/** Cumulative fail budget spent by information fraction t (0–1): the power family α·t². */
export function failSpent(t: number, total: number): number {
  const fraction = Math.min(1, Math.max(0, t));
  return total * fraction * fraction;
}

/** Each look's slice of a budget, given the cumulative spending function; the slices sum to spent(1). */
function slices(looks: number[], spent: (t: number) => number): number[] {
  const last = looks[looks.length - 1] ?? 1;
  let before = 0;
  return looks.map((n) => {
    const now = spent(n / last);
    const slice = now - before;
    before = now;
    return slice;
  });
}

/** The false-fail budget of each look (sums to falseFailRate). */
export function failSlices(looks: number[], falseFailRate: number): number[] {
  return slices(looks, (t) => failSpent(t, falseFailRate));
}

/**
 * Share of the false-pass budget the t bounds may spend. On the skewed differences of a drop that
 * sits on a few cases a t bound errs more often than its level (5.4% for 5% at 30 cases, three
 * correlated repeats, calibration test); spending 80% of it keeps every measured cell within 1 − power.
 */
export const PASS_BUDGET_SHARE = 0.8;

/** The false-pass budget of each look (sums to PASS_BUDGET_SHARE·(1 − power)), spent in proportion to the cases added. */
export function passSlices(looks: number[], power: number): number[] {
  return slices(looks, (t) => PASS_BUDGET_SHARE * (1 - power) * t);
}
