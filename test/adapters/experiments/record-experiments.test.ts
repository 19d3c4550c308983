// Tests of src/adapters/experiments/record-experiments.ts with the real Langfuse recorder against local peers:
// links per prompt, a vendor that failed is not asked again, a silent vendor is cut off at the deadline.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  recordReviewExperiments,
  resolveExperimentRecorders,
} from "../../../src/adapters/experiments/record-experiments.js";
import { configSchema } from "../../../src/core/config/config-schema.js";
import { createRedactor } from "../../../src/core/redact.js";
import type { ReviewReport } from "../../../src/core/report/report.js";
import { failReport } from "../../fixtures/reports/scenarios.js";
import { type FakeLangfuse, startFakeLangfuse } from "../../support/fake-vendors/fake-langfuse.js";

const env = { LANGFUSE_PUBLIC_KEY: "pk-lf-unit", LANGFUSE_SECRET_KEY: "sk-lf-unit-secret" };
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function twoPrompts(): ReviewReport {
  const report = failReport();
  const [first] = report.prompts;
  return { ...report, prompts: [first!, { ...first!, path: "prompts/other.prompt.yml" }] };
}

async function langfuseAt(baseUrl: string) {
  const warnings: string[] = [];
  const logger = { info() {}, debug() {}, warn: (m: string) => warnings.push(m) };
  const config = configSchema.parse({ tracing: { langfuse: { baseUrl } } });
  const redact = createRedactor();
  const recorders = await resolveExperimentRecorders(config, { env, logger, redact });
  return { recorders, warnings, logger, redact };
}

async function fake(): Promise<FakeLangfuse> {
  const server = await startFakeLangfuse();
  closers.push(() => server.close());
  return server;
}

describe("recordReviewExperiments", () => {
  it("adds each prompt's link and one dataset per prompt", async () => {
    const server = await fake();
    const { recorders, logger, redact, warnings } = await langfuseAt(server.url);
    const report = await recordReviewExperiments(twoPrompts(), recorders, { logger, redact });
    expect(warnings).toEqual([]);
    expect(report.prompts.map((p) => p.experiments?.map((l) => l.vendor))).toEqual([
      ["Langfuse"],
      ["Langfuse"],
    ]);
    expect([...server.datasets.keys()]).toEqual([
      "promptgate/prompts/support.prompt.yml",
      "promptgate/prompts/other.prompt.yml",
    ]);
  });

  it("warns once with the status and does not ask a failed vendor again for the next prompt", async () => {
    const server = await fake();
    server.failWith(401);
    const { recorders, logger, redact, warnings } = await langfuseAt(server.url);
    const report = await recordReviewExperiments(twoPrompts(), recorders, { logger, redact });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^experiments: Langfuse did not record prompts\/support\.prompt\.yml \(HTTP 401: /,
    );
    expect(warnings[0]).not.toContain(env.LANGFUSE_SECRET_KEY);
    expect(server.requests).toHaveLength(1);
    expect(report.prompts.every((p) => p.experiments === undefined)).toBe(true);
  });

  it("gives up on a vendor that does not answer by the deadline", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          silent.closeAllConnections();
          silent.close(() => resolve());
        }),
    );
    const { port } = silent.address() as AddressInfo;
    const { recorders, logger, redact, warnings } = await langfuseAt(`http://127.0.0.1:${port}`);
    const started = Date.now();
    const report = await recordReviewExperiments(failReport(), recorders, {
      logger,
      redact,
      deadlineMs: 300,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(warnings).toEqual([expect.stringContaining("(no answer within 0.3 s)")]);
    expect(report.prompts[0]!.experiments).toBeUndefined();
  });

  it("warns when the block is set without its keys, and records nothing", async () => {
    const warnings: string[] = [];
    const logger = { info() {}, debug() {}, warn: (m: string) => warnings.push(m) };
    const config = configSchema.parse({ tracing: { langfuse: {} } });
    const recorders = await resolveExperimentRecorders(config, { env: {}, logger, redact: createRedactor() });
    expect(recorders).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining("tracing.langfuse is set but LANGFUSE_PUBLIC_KEY")]);
  });
});
