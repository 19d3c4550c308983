// Tests of one model attempt (src/engine/attempt.ts): its timeout, cancelling it, and what it throws.
import { describe, expect, it } from "vitest";
import { createAttempter } from "../../src/engine/attempt.js";
import { ModelError } from "../../src/engine/model.js";
import { createFakeModel } from "../support/fake-model.js";

const request = { model: "m", messages: [{ role: "user" as const, content: "hi" }] };

describe("createAttempter", () => {
  it("returns the model's answer and leaves nothing in flight", async () => {
    const model = createFakeModel({ answer: () => "fine" });
    const attempter = createAttempter(model, 1_000);
    await expect(attempter.attempt(request)).resolves.toMatchObject({ text: "fine" });
    expect(model.inFlight).toBe(0);
  });

  it("rejects with kind timeout and aborts the model's signal when no answer comes in time", async () => {
    const model = createFakeModel({ hang: true });
    const attempter = createAttempter(model, 20);
    const error = await attempter.attempt(request).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ kind: "timeout", message: "no answer within 20 ms" });
    expect(model.aborted).toBe(1);
  });

  it("treats 0, Infinity and anything past 2^31−1 ms as no timeout", async () => {
    for (const timeoutMs of [0, Number.POSITIVE_INFINITY, 2 ** 31]) {
      const model = createFakeModel({ latencyMs: 30, answer: () => "slow" });
      await expect(createAttempter(model, timeoutMs).attempt(request)).resolves.toMatchObject({
        text: "slow",
      });
    }
  });

  it("aborts every attempt in flight with the reason given, and none started after", async () => {
    const model = createFakeModel({ hang: true });
    const attempter = createAttempter(model, 0);
    const pending = [attempter.attempt(request), attempter.attempt(request)].map((p) =>
      p.catch((thrown: unknown) => thrown),
    );
    attempter.abortAll("deadline");
    for (const error of await Promise.all(pending))
      expect(error).toMatchObject({ kind: "aborted", message: "deadline" });
    expect(model.aborted).toBe(2);
    await expect(createAttempter(createFakeModel(), 0).attempt(request)).resolves.toBeDefined();
  });

  it("passes the model's own error through", async () => {
    const model = createFakeModel({ script: [{ kind: "server", status: 503, message: "down" }] });
    await expect(createAttempter(model, 1_000).attempt(request)).rejects.toMatchObject({
      kind: "server",
      status: 503,
    });
  });
});
