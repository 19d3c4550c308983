// The App's in-memory record of handled webhook deliveries (src/app/delivery-log.ts).
import { describe, expect, it } from "vitest";
import { createMemoryDeliveryLog } from "../../src/app/delivery-log.js";

describe("createMemoryDeliveryLog", () => {
  it("claims an id once; a release lets a redelivery through", async () => {
    const log = createMemoryDeliveryLog();
    expect(await log.claim("a")).toBe(true);
    expect(await log.claim("a")).toBe(false);
    await log.release("a");
    expect(await log.claim("a")).toBe(true);
  });

  it("stays bounded: the least recently seen id is forgotten first", async () => {
    const log = createMemoryDeliveryLog(3);
    for (const id of ["a", "b", "c"]) await log.claim(id);
    expect(await log.claim("a")).toBe(false); // seen again: now the most recent
    expect(await log.claim("d")).toBe(true); // evicts b
    expect(await log.claim("b")).toBe(true);
    expect(await log.claim("a")).toBe(false);
  });

  it("keeps at most 10,000 ids by default", async () => {
    const log = createMemoryDeliveryLog();
    for (let i = 0; i <= 10_000; i++) await log.claim(`id-${i}`);
    expect(await log.claim("id-0")).toBe(true);
    expect(await log.claim("id-10000")).toBe(false);
  });
});
