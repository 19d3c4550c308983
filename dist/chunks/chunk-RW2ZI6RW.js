import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  formatExactPoints
} from "./chunk-75RJOHPR.js";

// src/core/grading/statistics.ts
function passRate(samples) {
  if (samples.length === 0) return 0;
  return samples.filter(Boolean).length / samples.length;
}
function mean(values) {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
function sampleVariance(values, mean2) {
  let squares = 0;
  for (const v of values) squares += (v - mean2) ** 2;
  return squares / (values.length - 1);
}

// src/core/random.ts
function createRandom(seed) {
  let state = seed | 0;
  return () => {
    state = state + 1831565813 | 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function seedFromString(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

// src/core/gate/case-order.ts
function mix(hash) {
  let h = hash;
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
function orderCases(caseIds, seed) {
  const keyed = caseIds.map((id, index) => ({ id, index, key: mix(seedFromString(`${seed}\0${id}`)) }));
  keyed.sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index));
  return keyed.map((entry) => entry.id);
}

// src/core/gate/spending.ts
function normalCdf(x) {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc = t * Math.exp(
    -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
function normalQuantile(p) {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const a = [
    -39.69683028665376,
    220.9460984245205,
    -275.9285104469687,
    138.357751867269,
    -30.66479806614716,
    2.506628277459239
  ];
  const b = [
    -54.47609879822406,
    161.5858368580409,
    -155.6989798598866,
    66.80131188771972,
    -13.28068155288572
  ];
  const c = [
    -0.007784894002430293,
    -0.3223964580411365,
    -2.400758277161838,
    -2.549732539343734,
    4.374664141464968,
    2.938163982698783
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low || p > 1 - low) {
    const q2 = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
    const x = (((((c[0] * q2 + c[1]) * q2 + c[2]) * q2 + c[3]) * q2 + c[4]) * q2 + c[5]) / ((((d[0] * q2 + d[1]) * q2 + d[2]) * q2 + d[3]) * q2 + 1);
    return p < low ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
function studentQuantile(p, df) {
  const key = df + p;
  const hit = quantiles.get(key);
  if (hit !== void 0) return hit;
  const value = computeStudentQuantile(p, df);
  if (quantiles.size > 1e4) quantiles.clear();
  quantiles.set(key, value);
  return value;
}
var quantiles = /* @__PURE__ */ new Map();
function computeStudentQuantile(p, df) {
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = normalQuantile(p);
  if (df <= 0 || !Number.isFinite(z)) return z;
  const z2 = z * z;
  const g1 = z * (z2 + 1) / 4;
  const g2 = z * ((5 * z2 + 16) * z2 + 3) / 96;
  const g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
  const g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}
function failSpent(t, total) {
  const fraction = Math.min(1, Math.max(0, t));
  return total * fraction * fraction;
}
function slices(looks, spent) {
  const last = looks[looks.length - 1] ?? 1;
  let before = 0;
  return looks.map((n) => {
    const now = spent(n / last);
    const slice = now - before;
    before = now;
    return slice;
  });
}
function failSlices(looks, falseFailRate) {
  return slices(looks, (t) => failSpent(t, falseFailRate));
}
var PASS_BUDGET_SHARE = 0.8;
function passSlices(looks, power) {
  return slices(looks, (t) => PASS_BUDGET_SHARE * (1 - power) * t);
}

// src/core/gate/bounds.ts
function latticeMinVariance(delta, unit) {
  const step = 1 / unit;
  const below = Math.floor(Math.abs(delta) / step) * step;
  const floor = (Math.abs(delta) - below) * (below + step - Math.abs(delta));
  return floor > 1e-12 ? floor : step * step / 4;
}
function concentratedDropVariance(delta) {
  const d = Math.min(1, Math.abs(delta));
  return Math.max(d * (1 - d), 1e-4);
}
function oneSidedBound(side, stats, n, confidence, floorVariance) {
  if (n === 0) return side === "lower" ? -1 : 1;
  const sd = Math.sqrt(Math.max(stats.variance, floorVariance));
  const half = studentQuantile(confidence, Math.max(1, n - 1)) * sd / Math.sqrt(n);
  const bound = side === "lower" ? stats.mean - half : stats.mean + half;
  return Math.min(1, Math.max(-1, bound));
}

// src/core/gate/sign-flip.ts
var MAX_LATTICE_UNIT = 60;
var CACHE_LIMIT = 2e4;
function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}
function latticeUnit(repeatCounts) {
  let unit = 1;
  for (const r of repeatCounts) {
    if (r <= 0) continue;
    unit = unit * r / gcd(unit, r);
    if (unit > MAX_LATTICE_UNIT) return MAX_LATTICE_UNIT;
  }
  return unit;
}
function toLattice(differences, repeatCounts) {
  const fine = latticeUnit(repeatCounts);
  return reduceLattice(
    differences.map((d) => Math.sign(d) * Math.min(fine, Math.round(Math.abs(d) * fine))),
    fine
  );
}
function reduceLattice(values, unit) {
  const common = values.reduce((g, v) => gcd(g, Math.abs(v)), unit);
  return { unit: unit / common, values: values.map((v) => v / common) };
}
function sizeCounts(values, unit) {
  const counts = new Array(unit + 1).fill(0);
  for (const v of values) counts[Math.abs(v)] += 1;
  return counts;
}
var cache = /* @__PURE__ */ new Map();
function halfBinomial(n) {
  const probabilities = new Float64Array(n + 1);
  let log = -n * Math.LN2;
  probabilities[0] = Math.exp(log);
  for (let k = 1; k <= n; k++) {
    log += Math.log((n - k + 1) / k);
    probabilities[k] = Math.exp(log);
  }
  return probabilities;
}
function convolveClass(pmf, max, size, n, newMax) {
  const out = new Float64Array(2 * newMax + 1);
  const binomial = halfBinomial(n);
  for (let s = 0; s < pmf.length; s++) {
    const p = pmf[s];
    if (p === 0) continue;
    const base = s - max + newMax - size * n;
    for (let k = 0; k <= n; k++) out[base + 2 * size * k] += p * binomial[k];
  }
  return out;
}
function signFlipCdf(counts) {
  const key = counts.slice(1).join(",");
  const hit = cache.get(key);
  if (hit) return hit;
  let max = 0;
  let pmf = Float64Array.of(1);
  for (let size = 1; size < counts.length; size++) {
    const n = counts[size];
    if (n === 0) continue;
    const newMax = max + size * n;
    pmf = convolveClass(pmf, max, size, n, newMax);
    max = newMax;
  }
  const cdf = new Float64Array(pmf.length);
  let total = 0;
  for (let i = 0; i < pmf.length; i++) {
    total += pmf[i];
    cdf[i] = total;
  }
  const result = { max, cdf };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
function lowerTail(dist, s) {
  if (s < -dist.max) return 0;
  if (s >= dist.max) return 1;
  return dist.cdf[s + dist.max];
}
function lowerCritical(dist, alpha) {
  const limit = alpha * (1 + 1e-9);
  if (dist.cdf[0] > limit) return Number.NEGATIVE_INFINITY;
  let lo = 0;
  let hi = dist.cdf.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (dist.cdf[mid] <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo - dist.max;
}

// src/core/gate/recycled-boundary.ts
var TOLERANCE = 1e-9;
function recycledCriticals(values, looks, falseFailRate, lookCount = looks.length, positions = looks) {
  const last = looks[looks.length - 1] ?? 0;
  if (lookCount > looks.length) throw new RangeError(`${lookCount} looks asked of a plan of ${looks.length}`);
  const needed = positions[lookCount - 1] ?? 0;
  if (values.length < needed) throw new RangeError(`${needed} cases needed, ${values.length} given`);
  const sizes = values.slice(0, needed).map(Math.abs);
  const max = sizes.reduce((s, m) => s + m, 0);
  let mass = new Float64Array(2 * max + 1);
  let spare = new Float64Array(2 * max + 1);
  mass[max] = 1;
  let reach = 0;
  let cases = 0;
  let crossed = 0;
  const criticals = [];
  for (let k = 0; k < lookCount; k++) {
    for (; cases < positions[k]; cases++) {
      const m = sizes[cases];
      if (m === 0) continue;
      spare.fill(0, max - reach - m, max + reach + m + 1);
      for (let s = -reach; s <= reach; s++) {
        const p = mass[s + max];
        if (p === 0) continue;
        spare[s + m + max] += p / 2;
        spare[s - m + max] += p / 2;
      }
      reach += m;
      [mass, spare] = [spare, mass];
    }
    const limit = failSpent(looks[k] / last, falseFailRate) * (1 + TOLERANCE);
    const critical = boundaryAt(mass, max, reach, limit - crossed);
    criticals.push(critical);
    for (let s = -reach; s <= critical; s++) {
      crossed += mass[s + max];
      mass[s + max] = 0;
    }
  }
  return criticals;
}
function boundaryAt(mass, max, reach, budget) {
  let total = 0;
  let critical = Number.NEGATIVE_INFINITY;
  for (let s = -reach; s <= reach; s++) {
    total += mass[s + max];
    if (total > budget) break;
    critical = s;
  }
  return critical;
}
function lookCritical(cases, positions, design, look) {
  const lattices = positions.slice(0, look + 1).map((n) => latticeOf(cases.slice(0, n)));
  const current = lattices[look];
  const consistent = lattices.every((lattice, j) => j === 0 || holds(lattices[j - 1], lattice));
  if (!consistent) {
    const slice = failSlices(design.looks, design.falseFailRate)[look];
    return lowerCritical(signFlipCdf(sizeCounts(current.values, current.unit)), slice);
  }
  return memoised(current.values, positions.slice(0, look + 1), design);
}
function latticeOf(cases) {
  return toLattice(
    cases.map((c) => c.difference),
    cases.flatMap((c) => c.repeats)
  );
}
function holds(earlier, later) {
  if (later.unit % earlier.unit !== 0) return false;
  const scale = later.unit / earlier.unit;
  return earlier.values.every((v, i) => v * scale === later.values[i]);
}
var cache2 = /* @__PURE__ */ new Map();
var CACHE_LIMIT2 = 5e3;
function memoised(values, positions, design) {
  const key = `${design.falseFailRate}|${design.looks.join(",")}|${positions.join(",")}|${values.map(Math.abs).join(",")}`;
  const hit = cache2.get(key);
  if (hit !== void 0) return hit;
  const lookCount = positions.length;
  const critical = recycledCriticals(values, design.looks, design.falseFailRate, lookCount, [
    ...positions,
    ...design.looks.slice(lookCount)
  ])[lookCount - 1];
  if (cache2.size >= CACHE_LIMIT2) cache2.clear();
  cache2.set(key, critical);
  return critical;
}

// src/core/gate/rule.ts
function budgetSlices(design) {
  return {
    alpha: failSlices(design.looks, design.falseFailRate),
    beta: passSlices(design.looks, design.power)
  };
}
function applyRule(design, beta, stats) {
  const { n, unit } = stats;
  const mean2 = n === 0 ? 0 : stats.sum / unit / n;
  const variance = n < 2 ? 1 : Math.max(0, (stats.sumSquares / (unit * unit) - n * mean2 * mean2) / (n - 1));
  const moments = { mean: mean2, variance };
  const lower = oneSidedBound("lower", moments, n, 1 - beta, concentratedDropVariance(design.detect));
  const upper = oneSidedBound(
    "upper",
    moments,
    n,
    MARGIN_CONFIDENCE,
    latticeMinVariance(design.margin, unit)
  );
  const significant = stats.sum <= stats.critical;
  const outcome = significant && upper < -design.margin ? "fail" : lower > -design.detect ? "pass" : "undecided";
  return { outcome, mean: mean2, significant, lower, upper };
}

// src/core/gate/exact-review.ts
var NEGLIGIBLE = 1e-14;
function dropLaw(secondMoment, basePassRate, drop) {
  if (drop > basePassRate) return void 0;
  const broken = basePassRate === 0 ? 0 : drop / basePassRate;
  const chance = (1 - broken) * secondMoment / 2;
  return { down: chance + broken * basePassRate, up: chance };
}
function exactReview(design, law) {
  const last = design.looks[design.looks.length - 1] ?? 0;
  const width = 2 * last + 1;
  let mass = new Float64Array((last + 1) * width);
  let spare = new Float64Array((last + 1) * width);
  mass[last] = 1;
  const same = 1 - law.down - law.up;
  const { beta } = budgetSlices(design);
  const figures = { fail: 0, pass: 0, inconclusive: 0, expectedCases: 0 };
  let cases = 0;
  for (let k = 0; k < design.looks.length; k++) {
    const n = design.looks[k];
    for (; cases < n; cases++) {
      addCase(mass, spare, cases, last, width, { ...law, same });
      [mass, spare] = [spare, mass];
    }
    const criticals = proportionalCriticals(design, k);
    for (let d = 0; d <= n; d++) {
      const critical = criticals[d];
      for (let s = -d; s <= d; s += 2) {
        const at = d * width + s + last;
        const p = mass[at];
        if (p === 0) continue;
        const rule = applyRule(design, beta[k], { n, unit: 1, sum: s, sumSquares: d, critical });
        if (rule.outcome === "undecided" && k < design.looks.length - 1) continue;
        if (rule.outcome === "fail") figures.fail += p;
        else if (rule.outcome === "pass") figures.pass += p;
        else figures.inconclusive += p;
        figures.expectedCases += p * n;
        mass[at] = 0;
      }
    }
  }
  return figures;
}
function addCase(from, to, casesSoFar, last, width, law) {
  to.fill(0, 0, (casesSoFar + 2) * width);
  for (let d = 0; d <= casesSoFar; d++) {
    const row = d * width + last;
    for (let s = -d; s <= d; s += 2) {
      const p = from[row + s];
      if (p < NEGLIGIBLE) continue;
      to[row + s] += p * law.same;
      to[row + width + s + 1] += p * law.up;
      to[row + width + s - 1] += p * law.down;
    }
  }
}
var boundaryCache = /* @__PURE__ */ new Map();
function proportionalCriticals(design, k) {
  const key = `${design.falseFailRate}|${design.looks.join(",")}|${k}`;
  const hit = boundaryCache.get(key);
  if (hit) return hit;
  const looks = design.looks;
  const n = looks[k];
  const criticals = [];
  for (let d = 0; d <= n; d++) {
    const sizes = [];
    let before = 0;
    for (let j = 0; j <= k; j++) {
      const start = j === 0 ? 0 : looks[j - 1];
      const segment = looks[j] - start;
      const target = j === k ? d : Math.round(d * looks[j] / n);
      const ones = Math.min(segment, Math.max(0, target - before));
      for (let i = 0; i < segment; i++) sizes.push(i < ones ? 1 : 0);
      before += ones;
    }
    criticals.push(recycledCriticals(sizes, looks, design.falseFailRate, k + 1)[k]);
  }
  if (boundaryCache.size > 1e3) boundaryCache.clear();
  boundaryCache.set(key, criticals);
  return criticals;
}

// src/core/gate/conditional-review.ts
function conditionalOutcome(design, sizes, unit, downGivenSize, boundaries = "recycled") {
  const looks = design.looks;
  const max = sizes.slice(0, looks[looks.length - 1]).reduce((s, m) => s + m, 0);
  const state = {
    mass: new Float64Array(2 * max + 1),
    spare: new Float64Array(2 * max + 1),
    reach: 0,
    max
  };
  state.mass[max] = 1;
  const { alpha, beta } = budgetSlices(design);
  const recycled = boundaries === "recycled" ? recycledCriticals(sizes, looks, design.falseFailRate) : void 0;
  const figures = { fail: 0, pass: 0, expectedCases: 0 };
  let cases = 0;
  for (let k = 0; k < looks.length; k++) {
    const n = looks[k];
    for (; cases < n; cases++) addCase2(state, sizes[cases], downGivenSize);
    const { mass, reach } = state;
    const seen = reduceLattice(sizes.slice(0, n), unit);
    const scale = unit / seen.unit;
    const critical = recycled ? Math.floor(recycled[k] / scale) : lowerCritical(signFlipCdf(sizeCounts(seen.values, seen.unit)), alpha[k]);
    const sumSquares = seen.values.reduce((s, v) => s + v * v, 0);
    const isLast = k === looks.length - 1;
    for (let s = -reach; s <= reach; s++) {
      const p = mass[s + max];
      if (p === 0) continue;
      const outcome = applyRule(design, beta[k], {
        n,
        unit: seen.unit,
        sum: s / scale,
        sumSquares,
        critical
      }).outcome;
      if (outcome === "fail") figures.fail += p;
      else if (outcome === "pass") figures.pass += p;
      else if (!isLast) continue;
      figures.expectedCases += p * n;
      mass[s + max] = 0;
    }
  }
  return figures;
}
function addCase2(state, m, downGivenSize) {
  const { mass, spare, reach, max } = state;
  const down = m === 0 ? 0.5 : downGivenSize[m];
  spare.fill(0, max - reach - m, max + reach + m + 1);
  for (let s = -reach; s <= reach; s++) {
    const p = mass[s + max];
    if (p === 0) continue;
    spare[s + m + max] += p * (1 - down);
    spare[s - m + max] += p * down;
  }
  mass.fill(0, max - reach, max + reach + 1);
  state.reach = reach + m;
  state.mass = spare;
  state.spare = mass;
}
function splitLaw(law) {
  const r = (law.length - 1) / 2;
  const sizeLaw = Array.from({ length: r + 1 }, (_, m) => m === 0 ? law[r] : law[r + m] + law[r - m]);
  const down = sizeLaw.map((p, m) => m === 0 || p === 0 ? 0.5 : law[r - m] / p);
  return { sizeLaw, down };
}
function drawSize(sizeLaw, u) {
  let left = u;
  for (let m = 0; m < sizeLaw.length; m++) {
    left -= sizeLaw[m];
    if (left < 0) return m;
  }
  return sizeLaw.length - 1;
}

// src/core/gate/lattice-power.ts
var POWER_DRAWS = 64;
var POWER_SEED = 20261130;
function summaryPassRate(summary) {
  const unit = summary.basePassShares.length - 1;
  return summary.basePassShares.reduce((s, share, j) => s + share * j / unit, 0);
}
function latticeDropLaw(summary, drop) {
  const unit = summary.sizeShares.length - 1;
  if (summary.basePassShares.length !== unit + 1)
    throw new RangeError(
      `size shares on 1/${unit} but base pass shares on 1/${summary.basePassShares.length - 1}`
    );
  const basePassRate = summaryPassRate(summary);
  if (drop > basePassRate + 1e-12) return void 0;
  const broken = basePassRate === 0 ? 0 : Math.min(1, drop / basePassRate);
  const law = new Array(2 * unit + 1).fill(0);
  summary.sizeShares.forEach((share, m) => {
    const kept = (1 - broken) * share;
    if (m === 0) law[unit] += kept;
    else {
      law[unit + m] += kept / 2;
      law[unit - m] += kept / 2;
    }
  });
  summary.basePassShares.forEach((share, j) => {
    law[unit - j] += broken * share;
  });
  return law;
}
function latticePower(design, summary, drop) {
  const law = latticeDropLaw(summary, drop);
  if (!law) return 0;
  const { sizeLaw, down } = splitLaw(law);
  const unit = sizeLaw.length - 1;
  const uniforms = stratifiedUniforms(design.looks[design.looks.length - 1] ?? 0);
  let fail = 0;
  for (const draw of uniforms) {
    const sizes = draw.map((u) => drawSize(sizeLaw, u));
    fail += conditionalOutcome(design, sizes, unit, down).fail;
  }
  return fail / POWER_DRAWS;
}
var uniformCache = /* @__PURE__ */ new Map();
function stratifiedUniforms(cases) {
  const hit = uniformCache.get(cases);
  if (hit) return hit;
  const random = createRandom(POWER_SEED + cases);
  const rows = Array.from({ length: POWER_DRAWS }, () => new Array(cases).fill(0));
  for (let i = 0; i < cases; i++) {
    const slices2 = Array.from({ length: POWER_DRAWS }, (_, k) => k);
    for (let k = POWER_DRAWS - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [slices2[k], slices2[j]] = [slices2[j], slices2[k]];
    }
    slices2.forEach((slice, k) => {
      rows[k][i] = (slice + random()) / POWER_DRAWS;
    });
  }
  if (uniformCache.size > 50) uniformCache.clear();
  uniformCache.set(cases, rows);
  return rows;
}

// src/core/gate/looks.ts
var FIRST_LOOK = 30;
var LOOK_STEP = 20;
var MIN_LAST_STEP = 10;
function planLooks(totalCases, maxCases) {
  const cap = Math.max(0, Math.floor(Math.min(totalCases, maxCases ?? totalCases)));
  if (cap === 0) return [];
  const looks = [];
  for (let n = FIRST_LOOK; n <= cap - MIN_LAST_STEP; n += LOOK_STEP) looks.push(n);
  looks.push(cap);
  return looks;
}

// src/core/gate/power.ts
var MARGIN_CONFIDENCE = 0.8;
var PLANNING_SECOND_MOMENT = 0.2;
var PLANNING_BASE_PASS_RATE = 0.85;
var EXACT_POWER_MAX_CASES = 200;
function thresholdsAt(model, delta) {
  const share = model.basePassRate > 0 ? Math.min(1, Math.max(0, 1 - model.secondMoment / model.basePassRate)) : 1;
  const second = Math.min(1, model.secondMoment + delta * share);
  const variance = Math.max(second - delta * delta, latticeMinVariance(delta, model.unit));
  const sdMargin = Math.sqrt(Math.max(variance, latticeMinVariance(model.margin, model.unit)));
  const sdDetect = Math.sqrt(Math.max(variance, concentratedDropVariance(model.detect)));
  const alphas = failSlices(model.looks, model.falseFailRate);
  const betas = passSlices(model.looks, model.power);
  const sigma = Math.sqrt(variance);
  const fail = model.looks.map((n, k) => {
    const signFlip = signFlipThreshold(normalQuantile(alphas[k]), n, -delta, second, sigma);
    const margin = -model.margin - studentQuantile(MARGIN_CONFIDENCE, n - 1) * sdMargin / Math.sqrt(n);
    return Math.min(signFlip, margin);
  });
  const pass = model.looks.map(
    (n, k) => -model.detect + studentQuantile(1 - betas[k], n - 1) * sdDetect / Math.sqrt(n)
  );
  return { fail, pass, sigma };
}
function signFlipThreshold(z, n, mu, second, sigma) {
  const meanT = Math.sqrt(n) * mu / Math.sqrt(second);
  const varianceT = sigma * sigma / second - 0.75 * mu * mu * (1 - second) / (second * second);
  const sdT = Math.sqrt(Math.max(varianceT, 0.05));
  return mu + sigma / Math.sqrt(n) * ((z - meanT) / sdT);
}
var GRID = 61;
function normalDensity(x) {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
function powerAt(model, delta) {
  const last = model.looks[model.looks.length - 1] ?? 0;
  if (last <= EXACT_POWER_MAX_CASES) {
    if (model.repeats && model.unit > 1) return latticePower(model, model.repeats, delta);
    const law = dropLaw(model.secondMoment, model.basePassRate, delta);
    return law ? exactReview(model, law).fail : 0;
  }
  return normalPowerAt(model, delta);
}
function normalPowerAt(model, delta) {
  const { fail, pass, sigma } = thresholdsAt(model, delta);
  const mu = -delta;
  let points2 = [0];
  let weights = [1];
  let total = 0;
  let previous = 0;
  for (let k = 0; k < model.looks.length; k++) {
    const n = model.looks[k];
    const step = n - previous;
    const spread = sigma * Math.sqrt(step);
    const failSum = fail[k] * n;
    for (let j = 0; j < points2.length; j++)
      total += weights[j] * normalCdf((failSum - points2[j] - mu * step) / spread);
    previous = n;
    if (k === model.looks.length - 1) break;
    const centre = mu * n;
    const lo = Math.max(failSum, centre - 8 * sigma * Math.sqrt(n));
    const hi = Math.min(Math.max(pass[k] * n, failSum), centre + 8 * sigma * Math.sqrt(n));
    if (hi <= lo) break;
    const h = (hi - lo) / (GRID - 1);
    const next = Array.from({ length: GRID }, (_, i) => lo + i * h);
    const mass = next.map((x, i) => {
      let density = 0;
      for (let j = 0; j < points2.length; j++)
        density += weights[j] * normalDensity((x - points2[j] - mu * step) / spread);
      return density / spread * h * (i === 0 || i === GRID - 1 ? 0.5 : 1);
    });
    points2 = next;
    weights = mass;
  }
  return Math.min(1, total);
}
var searches = /* @__PURE__ */ new Map();
function searchOnce(key, search) {
  const text = JSON.stringify(key);
  const hit = searches.get(text);
  if (hit !== void 0) return hit;
  const result = search();
  if (searches.size > 5e3) searches.clear();
  searches.set(text, result);
  return result;
}
function minDetectableDrop(model) {
  return searchOnce([model, "mdd"], () => searchMinDetectableDrop(model));
}
var DROP_PRECISION = 2e-3;
function searchMinDetectableDrop(model) {
  const largest = Math.min(1, model.repeats ? summaryPassRate(model.repeats) : model.basePassRate);
  const enough = (drop) => powerAt(model, drop) >= model.power;
  if (model.looks.length === 0 || largest <= 0 || !enough(largest)) return 1;
  const guess = Math.min(
    largest,
    bisect(0, largest, 0.01, (drop) => normalPowerAt(model, drop) >= model.power)
  );
  let lo = Math.max(0, guess - 0.04);
  let hi = Math.min(largest, guess + 0.04);
  if (enough(lo)) [lo, hi] = [0, lo];
  else if (!enough(hi)) [lo, hi] = [hi, largest];
  return bisect(lo, hi, DROP_PRECISION, enough);
}
function bisect(lo, hi, precision, pass) {
  let low = lo;
  let high = hi;
  while (high - low > precision) {
    const mid = (low + high) / 2;
    if (pass(mid)) high = mid;
    else low = mid;
  }
  return high;
}
var MAX_CASES_SEARCHED = 2e3;
var CASES_STEP = 10;
function additionalCasesNeeded(model, cases) {
  return searchOnce([model, cases, "more"], () => searchCasesNeeded(model, cases));
}
function searchCasesNeeded(model, cases) {
  const enough = (n) => powerAt({ ...model, looks: planLooks(n) }, model.detect) >= model.power;
  if (enough(cases)) return 0;
  if (!enough(MAX_CASES_SEARCHED)) return MAX_CASES_SEARCHED - cases;
  let lo = Math.floor(cases / CASES_STEP);
  let hi = MAX_CASES_SEARCHED / CASES_STEP;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    if (enough(mid * CASES_STEP)) hi = mid;
    else lo = mid;
  }
  return hi * CASES_STEP - cases;
}

// src/core/gate/sequential.ts
function differenceOf(evidence) {
  return passRate(evidence.head) - passRate(evidence.base);
}
function points(fraction, exact = false) {
  const abs = Math.abs(fraction);
  return `${exact ? formatExactPoints(abs) : Math.round(abs * 100)} points`;
}
function decideAtLook(design, evidence, look) {
  const planned = design.looks[look];
  if (planned === void 0)
    throw new RangeError(`look ${look} is not one of the ${design.looks.length} planned looks`);
  const isPaired = (c) => c.base.length > 0 && c.head.length > 0;
  const paired = evidence.slice(0, planned).filter(isPaired);
  const differences = paired.map(differenceOf);
  const { unit, values } = toLattice(
    differences,
    paired.flatMap((c) => [c.base.length, c.head.length])
  );
  const n = values.length;
  const dist = signFlipCdf(sizeCounts(values, unit));
  const { beta } = budgetSlices(design);
  const sum = values.reduce((s, v) => s + v, 0);
  const sumSquares = values.reduce((s, v) => s + v * v, 0);
  const positions = design.looks.slice(0, look + 1).map((n2) => evidence.slice(0, n2).filter(isPaired).length);
  const critical = lookCritical(
    paired.map((c, i) => ({ difference: differences[i], repeats: [c.base.length, c.head.length] })),
    positions,
    design,
    look
  );
  const rule = applyRule(design, beta[look], { n, unit, sum, sumSquares, critical });
  const isLast = look === design.looks.length - 1;
  const outcome = rule.outcome !== "undecided" ? rule.outcome : isLast ? "inconclusive" : "continue";
  const model = powerModelAt(design, paired, { unit, values, sumSquares });
  const decision = {
    outcome,
    look,
    cases: n,
    estimate: rule.mean,
    interval: [rule.lower, rule.upper],
    pValue: lowerTail(dist, sum),
    minDetectableDrop: 0,
    explanation: ""
  };
  let drop;
  Object.defineProperty(decision, "minDetectableDrop", {
    enumerable: true,
    get: () => {
      drop ??= minDetectableDrop(model);
      return drop;
    }
  });
  if (outcome === "inconclusive") decision.casesNeeded = additionalCasesNeeded(model, n);
  decision.explanation = explain(decision, design, rule.significant);
  return decision;
}
function powerModelAt(design, paired, { unit, values, sumSquares }) {
  const n = values.length;
  const secondMoment = n === 0 ? PLANNING_SECOND_MOMENT : sumSquares / (unit * unit) / n;
  const basePassRate = n === 0 ? PLANNING_BASE_PASS_RATE : mean(paired.map((c) => passRate(c.base)));
  return {
    ...design,
    unit,
    secondMoment: roundUp(secondMoment, 200),
    basePassRate: roundUp(basePassRate, 20),
    ...unit > 1 ? { repeats: repeatSummary(paired, values, unit) } : {}
  };
}
function repeatSummary(paired, values, unit) {
  const bases = new Array(unit + 1).fill(0);
  for (const c of paired) bases[Math.round(passRate(c.base) * unit)] += 1;
  return { sizeShares: onGrid(sizeCounts(values, unit)), basePassShares: onGrid(bases) };
}
var SHARE_STEPS = 100;
function onGrid(counts) {
  const total = counts.reduce((s, c) => s + c, 0);
  const shares = counts.map((c) => Math.round(c / total * SHARE_STEPS) / SHARE_STEPS);
  const largest = shares.indexOf(Math.max(...shares));
  shares[largest] = Math.max(0, shares[largest] + 1 - shares.reduce((s, x) => s + x, 0));
  return shares;
}
function roundUp(fraction, steps) {
  return Math.min(1, Math.ceil(fraction * steps - 1e-9) / steps);
}
function explain(decision, design, significant) {
  const seen = `${decision.cases} cases`;
  switch (decision.outcome) {
    case "fail":
      return `Pass rate dropped by ${points(decision.estimate)} over ${seen}: a significant drop larger than the ${points(design.margin, true)} margin.`;
    case "pass":
      return `A drop of ${points(design.detect, true)} or more is ruled out after ${seen}.`;
    case "continue":
      return significant ? `After ${seen} the drop is significant but not yet shown to exceed the ${points(design.margin, true)} margin; asking more cases.` : `After ${seen} neither a drop nor its absence is clear; asking more cases.`;
    case "inconclusive": {
      const reach = decision.minDetectableDrop >= 1 ? "this eval set is too small to detect any drop with 95% power" : `this eval set can detect a drop of ≥ ${points(decision.minDetectableDrop)}`;
      return `Neither a drop of ${points(design.detect, true)} nor its absence is shown by ${seen}; ${reach} (about ${decision.casesNeeded} more cases would settle a ${points(design.detect, true)} drop).`;
    }
  }
}
function plannedMinDetectableDrop(cases, design) {
  return minDetectableDrop({
    ...design,
    looks: planLooks(cases),
    unit: 1,
    secondMoment: PLANNING_SECOND_MOMENT,
    basePassRate: PLANNING_BASE_PASS_RATE
  });
}

// src/core/gate/design.ts
var GATE_POWER = 0.95;
function casesWithinBudget(budget, perCase, prompts) {
  const caps = [];
  const share = Math.max(1, prompts);
  if (budget.maxCalls !== null && perCase.calls > 0) {
    caps.push(Math.floor(budget.maxCalls / share / perCase.calls));
  }
  if (budget.maxCostUsd !== null && perCase.usd !== null && perCase.usd > 0) {
    caps.push(Math.floor(budget.maxCostUsd / share / perCase.usd));
  }
  return caps.length === 0 ? null : Math.min(...caps);
}
function buildDesign(gate, totalCases, budgetCases = null) {
  const caps = [gate.maxCases, budgetCases].filter((c) => c !== null);
  const cap = caps.length === 0 ? void 0 : Math.max(1, Math.min(...caps));
  return {
    looks: planLooks(totalCases, cap),
    falseFailRate: gate.falseFailRate,
    margin: gate.margin,
    detect: gate.detect,
    power: GATE_POWER
  };
}
function planDetectableDrop(gate, cases) {
  if (cases < 1) return null;
  const capped = gate.maxCases === null ? cases : Math.min(cases, gate.maxCases);
  return plannedMinDetectableDrop(capped, {
    falseFailRate: gate.falseFailRate,
    margin: gate.margin,
    detect: gate.detect,
    power: GATE_POWER
  });
}
function summarizePassRates(evidence, confidence) {
  const paired = evidence.filter((c) => c.base.length > 0 && c.head.length > 0);
  const bases = paired.map((c) => passRate(c.base));
  const heads = paired.map((c) => passRate(c.head));
  const n = paired.length;
  if (n === 0) return { n, basePassRate: 0, headPassRate: 0, meanDiff: 0, ci: [-1, 1] };
  const stats = meanAndVariance(heads.map((h, i) => h - bases[i]));
  const floor = latticeMinVariance(0, latticeUnit(paired.flatMap((c) => [c.base.length, c.head.length])));
  return {
    n,
    basePassRate: mean(bases),
    headPassRate: mean(heads),
    meanDiff: stats.mean,
    ci: [
      oneSidedBound("lower", stats, n, confidence, floor),
      oneSidedBound("upper", stats, n, confidence, floor)
    ]
  };
}
function meanAndVariance(values) {
  const n = values.length;
  const average = mean(values);
  if (n === 1) return { mean: average, variance: 1 };
  return { mean: average, variance: sampleVariance(values, average) };
}

export {
  passRate,
  mean,
  sampleVariance,
  studentQuantile,
  orderCases,
  decideAtLook,
  GATE_POWER,
  casesWithinBudget,
  buildDesign,
  planDetectableDrop,
  summarizePassRates
};
