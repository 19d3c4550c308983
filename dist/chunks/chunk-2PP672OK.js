import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/core/gate/reason-format.ts
function formatPercent(fraction, digits) {
  const value = fraction * 100;
  if (digits !== void 0) return `${value.toFixed(digits)}%`;
  return `${Math.round(value * 10) / 10}%`;
}
function formatSignedPercent(fraction) {
  const value = fraction * 100;
  const rounded = Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${Math.abs(rounded)}%`;
}
function formatPoints(fraction) {
  return String(Math.round(fraction * 1e3) / 10);
}
function formatSignedPoints(fraction) {
  const value = Math.round(fraction * 1e3) / 10;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${Math.abs(value).toFixed(1)}`;
}
function formatUsd(usd) {
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  const decimals = Math.min(Math.max(1 - Math.floor(Math.log10(usd)), 2), 12);
  return `$${usd.toFixed(decimals)}`;
}
function formatCaseId(id) {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
function intervalLevel(confidence) {
  return 2 * confidence - 1;
}

// src/core/gate/pass-rate-rule.ts
var EPSILON = 1e-9;
function assessPassRate(input) {
  if (input.change === "deleted") {
    return [{ outcome: "pass", reason: "The prompt was deleted; there is nothing to evaluate." }];
  }
  if (input.change === "added") return assessAddedPassRate(input);
  const evidence = input.passRate;
  if (evidence === void 0 || evidence.summary.n === 0) {
    return [
      {
        outcome: "inconclusive",
        reason: "No test case ran on both versions, so the pass rates cannot be compared.",
        toSettle: "Test cases that run and are graded on both versions would settle it."
      }
    ];
  }
  const { decision, summary } = evidence;
  const { gate } = input;
  const [low, high] = summary.ci;
  const shown = `${describeMove(summary)}, ${formatPercent(intervalLevel(gate.confidence))} CI ${formatSignedPoints(low)} to ${formatSignedPoints(high)} points`;
  const after = `after ${summary.n} ${summary.n === 1 ? "case" : "cases"}`;
  const margin = `the ${formatPoints(gate.margin)}-point margin`;
  const detect = `${formatPoints(gate.detect)} points`;
  if (decision.outcome === "fail") {
    const p = decision.pValue < 1e-3 ? "p < 0.001" : `p = ${decision.pValue.toFixed(3)}`;
    return [
      { outcome: "fail", reason: `${shown}: a significant drop (${p}) larger than ${margin}, ${after}.` }
    ];
  }
  if (decision.outcome === "pass") {
    const withinMargin = low >= -gate.margin - EPSILON ? ` No drop beyond ${margin} either.` : ` A drop of up to ${formatPoints(-low)} points is not ruled out.`;
    return [
      {
        outcome: "pass",
        reason: `${shown}: a drop of ${detect} or more is ruled out ${after}.${withinMargin}`
      }
    ];
  }
  return [
    {
      outcome: "inconclusive",
      reason: `${shown}: neither a drop of ${detect} nor its absence is shown ${after}.`,
      toSettle: describeToSettle(evidence, gate)
    }
  ];
}
function describeToSettle(evidence, gate) {
  const { decision, summary, totalCases } = evidence;
  const needed = decision.casesNeeded;
  const forDetect = `to catch a ${formatPoints(gate.detect)}-point drop 95% of the time`;
  const more = needed === void 0 ? "" : `About ${needed} more cases ${forDetect} would settle it`;
  if (summary.n < totalCases) {
    const left = totalCases - summary.n;
    const rows2 = `${left} more ${left === 1 ? "row" : "rows"}`;
    return `${more || "More cases would settle it"}; the eval set has ${rows2} (raise \`gate.maxCases\` or the budget).`;
  }
  const rows = `This eval set (${totalCases} ${totalCases === 1 ? "case" : "cases"})`;
  const sees = decision.minDetectableDrop >= 1 ? `${rows} is too small to detect any drop with 95% power; add rows` : `${rows} can detect a drop of ≥ ${Math.round(decision.minDetectableDrop * 100)} points; add rows to see smaller ones`;
  return needed === void 0 ? `${sees}.` : `${sees} (about ${needed} more ${forDetect}).`;
}
function assessAddedPassRate(input) {
  const rate = input.headPassRate;
  if (rate === void 0 || input.casesEvaluated === 0) {
    return [
      {
        outcome: "inconclusive",
        reason: "No test case of the new prompt produced a graded sample, so its pass rate is unknown.",
        toSettle: "Test cases that run and are graded would settle it."
      }
    ];
  }
  const minimum = input.gate.minPassRate;
  const about = `Pass rate ${formatPercent(rate, 1)} over ${input.casesEvaluated} cases`;
  return rate < minimum - EPSILON ? [
    {
      outcome: "fail",
      reason: `${about} is below the ${formatPercent(minimum, 1)} minimum for a new prompt.`
    }
  ] : [
    {
      outcome: "pass",
      reason: `${about} meets the ${formatPercent(minimum, 1)} minimum for a new prompt.`
    }
  ];
}
function describeMove(c) {
  const rates = `(${formatPercent(c.basePassRate, 1)} → ${formatPercent(c.headPassRate, 1)})`;
  const points = Math.round(Math.abs(c.meanDiff) * 1e3) / 10;
  if (points === 0) return `Pass rate unchanged ${rates}`;
  return `Pass rate ${c.meanDiff < 0 ? "fell" : "rose"} ${points.toFixed(1)} points ${rates}`;
}

// src/core/gate/prompt-verdict.ts
var EPSILON2 = 1e-9;
var CASES_SHOWN_PER_INVARIANT = 3;
var OUTCOME_ORDER = { fail: 0, inconclusive: 1, pass: 2 };
function decideVerdict(input) {
  if (input.nothingGraded) {
    const reason = "No sample could be graded: every call or judge failed (see the errors).";
    return { verdict: "inconclusive", reasons: [reason], nothingGraded: true };
  }
  const findings = [
    ...assessPassRate(input),
    ...assessInvariants(input.invariantBreaks),
    ...noteUnconfirmed(input.unconfirmedBreaks ?? []),
    ...assessCost(input),
    ...assessLatency(input)
  ].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
  const failed = findings.some((f) => f.outcome === "fail");
  let verdict = failed ? "fail" : findings.some((f) => f.outcome === "inconclusive") ? "inconclusive" : "pass";
  const reasons = findings.map((f) => f.reason);
  let toSettle = findings.find((f) => f.toSettle !== void 0)?.toSettle;
  if (input.incomplete) {
    if (verdict === "pass") verdict = "inconclusive";
    reasons.push(
      failed ? "The review is incomplete (some samples are missing); the failure above stands on the samples that ran." : "The review is incomplete (some samples are missing), so it cannot pass."
    );
    toSettle ??= "A complete run (enough budget, no failed calls) would settle it.";
  }
  return verdict === "inconclusive" && toSettle !== void 0 ? { verdict, reasons, toSettle } : { verdict, reasons };
}
function assessInvariants(breaks) {
  const casesByEvaluator = /* @__PURE__ */ new Map();
  for (const { evaluator, caseId } of breaks) {
    const cases = casesByEvaluator.get(evaluator) ?? [];
    if (!cases.includes(caseId)) cases.push(caseId);
    casesByEvaluator.set(evaluator, cases);
  }
  return [...casesByEvaluator].map(([evaluator, cases]) => {
    const shown = cases.slice(0, CASES_SHOWN_PER_INVARIANT).map(formatCaseId);
    const more = cases.length - shown.length;
    const list = more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
    const subject = cases.length === 1 ? `${list} (passed on every base sample, and the break reproduced)` : `${list} (each passed on every base sample, and the break reproduced)`;
    return {
      outcome: "fail",
      reason: `Invariant evaluator \`${evaluator.replaceAll("`", "'")}\` failed on ${subject}.`
    };
  });
}
function noteUnconfirmed(breaks) {
  if (breaks.length === 0) return [];
  const names = [...new Set(breaks.map((b) => `\`${b.evaluator.replaceAll("`", "'")}\``))].join(", ");
  const cases = breaks.length === 1 ? "1 case" : `${breaks.length} cases`;
  return [
    {
      outcome: "pass",
      reason: `Invariant ${names} broke once on ${cases} but not when asked again: treated as chance.`
    }
  ];
}
function assessCost(input) {
  const limit = input.gate.maxCostIncrease;
  if (limit === null || input.change === "added" || input.change === "deleted") return [];
  const { base, head } = input.costPerCallUsd;
  const limitText = `the ${formatPercent(limit)} limit`;
  if (base === null || head === null) {
    const sides = base === null && head === null ? "both versions" : base === null ? "base" : "head";
    if (input.costUnknownReason) {
      const reason = `Cost per call is unknown on ${sides}: ${input.costUnknownReason}, so ${limitText} could not be checked.`;
      return [{ outcome: "inconclusive", reason }];
    }
    return [
      {
        outcome: "pass",
        reason: `Cost per call is unknown on ${sides} (no price for the model), so ${limitText} was not checked.`
      }
    ];
  }
  if (base === 0) {
    if (head === 0) return [];
    return [
      { outcome: "fail", reason: `Cost per call rose from $0 to ${formatUsd(head)}, above ${limitText}.` }
    ];
  }
  const what = (rise) => `Mean cost per call ${formatSignedPercent(rise)} (${formatUsd(base)} → ${formatUsd(head)})`;
  return assessLimit(input.costLimit, limit, head / base - 1, what);
}
function assessLatency(input) {
  const limit = input.gate.maxLatencyIncrease;
  if (limit === null || input.change === "added" || input.change === "deleted") return [];
  const decision = input.latencyLimit;
  if (decision === void 0 || decision.cases < 2) {
    const reason = `Mean latency per call could not be compared on two or more cases, so the ${formatPercent(limit)} limit was not checked.`;
    return [{ outcome: "pass", reason }];
  }
  return assessLimit(
    decision,
    limit,
    decision.rise,
    (rise) => `Mean latency per call ${formatSignedPercent(rise)}`
  );
}
function assessLimit(decision, limit, measured, describe) {
  const rise = decision?.rise ?? measured;
  if (rise <= limit + EPSILON2) return [];
  const limitText = `the ${formatPercent(limit)} limit`;
  if (decision === void 0) return [{ outcome: "fail", reason: `${describe(rise)}, above ${limitText}.` }];
  if (decision.outcome === "fail") {
    const atLeast = formatSignedPercent(decision.riseLowerBound);
    return [{ outcome: "fail", reason: `${describe(rise)}, at least ${atLeast}: above ${limitText}.` }];
  }
  return [
    {
      outcome: "inconclusive",
      reason: `${describe(rise)}, above ${limitText} in this run but not shown to exceed it: more cases would tell.`
    }
  ];
}

export {
  intervalLevel,
  decideVerdict
};
