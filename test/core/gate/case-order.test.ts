// The seeded case order: the same questions on every re-run, a different order per prompt.

import { describe, expect, it } from "vitest";
import { orderCases } from "../../../src/core/gate/case-order.js";

const ids = Array.from({ length: 40 }, (_, i) => `case-${i + 1}`);

describe("orderCases", () => {
  it("returns every id once, in the same order for the same seed", () => {
    const first = orderCases(ids, "blob-sha:prompts/support.prompt.yml");
    expect([...first].sort()).toEqual([...ids].sort());
    expect(orderCases([...ids].reverse(), "blob-sha:prompts/support.prompt.yml")).toEqual(first);
    expect(first).not.toEqual(ids);
  });

  it("orders differently for another seed", () => {
    expect(orderCases(ids, "other-sha:prompts/support.prompt.yml")).not.toEqual(
      orderCases(ids, "blob-sha:x"),
    );
  });

  it("keeps the other cases' relative order when a row is added or removed", () => {
    const before = orderCases(ids, "seed");
    const after = orderCases([...ids, "case-new"], "seed").filter((id) => id !== "case-new");
    expect(after).toEqual(before);
  });
});
