import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/core/gate/conclusion.ts
var ON_INCONCLUSIVE = {
  neutral: "neutral",
  pass: "success",
  fail: "failure"
};
function canAccept(report) {
  if (report.prompts.some((p) => p.verdict === "error")) return false;
  return report.verdict === "fail" || report.verdict === "inconclusive" && inconclusiveConclusion(report) === "failure";
}
function inconclusiveConclusion(report) {
  const undecided = report.prompts.filter((p) => p.verdict === "inconclusive");
  if (undecided.length > 0 && undecided.every((p) => p.change === "deleted")) return "neutral";
  return ON_INCONCLUSIVE[report.gate.onInconclusive];
}
function decideConclusion(report, accepted = false) {
  switch (report.verdict) {
    case "pass":
    case "skipped":
      return "success";
    case "fail":
    case "inconclusive": {
      const conclusion = report.verdict === "fail" ? "failure" : inconclusiveConclusion(report);
      return accepted && canAccept(report) ? "success" : conclusion;
    }
    case "error":
      return "failure";
  }
}
function isPassRateRegression(prompt, margin) {
  if (prompt.sequential) return prompt.sequential.stoppedBecause === "fail";
  const d = prompt.delta;
  return d !== void 0 && d.passRateCI[1] < 0 && -d.passRate > margin;
}

export {
  canAccept,
  decideConclusion,
  isPassRateRegression
};
