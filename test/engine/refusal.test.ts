// Tests of refusal detection (src/engine/refusal.ts): which failures stop every later call.
import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/engine/model.js";
import { createRefusalDetector, MAX_BAD_REQUESTS_BEFORE_SUCCESS } from "../../src/engine/refusal.js";

const badRequest = () => new ModelError("bad_request", "unknown model", { status: 404 });

describe("createRefusalDetector", () => {
  it("names a refused key or an empty account at once, without the call's label", () => {
    const detector = createRefusalDetector();
    const auth = detector.recordFailure(new ModelError("auth", "bad key", { status: 401 }), 1);
    expect(auth).toMatch(/^401 from provider: bad key — check OPENAI_API_KEY/);
    expect(detector.recordFailure(new ModelError("quota", "no credit", { status: 429 }), 1)).toMatch(
      /^429 from provider: no credit/,
    );
  });

  it("says nothing of failures a later call may not repeat", () => {
    const detector = createRefusalDetector();
    for (const kind of ["server", "timeout", "network", "rate_limit"] as const)
      expect(detector.recordFailure(new ModelError(kind, "x"), 3)).toBeUndefined();
  });

  it("takes the provider to reject everything after enough rejected requests and no success", () => {
    const detector = createRefusalDetector();
    for (let i = 1; i < MAX_BAD_REQUESTS_BEFORE_SUCCESS; i += 1)
      expect(detector.recordFailure(badRequest(), 1)).toBeUndefined();
    expect(detector.recordFailure(badRequest(), 1)).toMatch(/^404 from provider: unknown model/);
  });

  it("does not after one success: the requests can work", () => {
    const detector = createRefusalDetector();
    detector.recordSuccess();
    for (let i = 0; i < MAX_BAD_REQUESTS_BEFORE_SUCCESS * 2; i += 1)
      expect(detector.recordFailure(badRequest(), 1)).toBeUndefined();
  });
});
