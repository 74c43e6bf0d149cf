/**
 * The collection between pipeline stages (util/collect-garbage.ts): only above its threshold, and it really
 * collects (an object only weakly held is gone afterwards).
 */
import { describe, expect, it } from "vitest";
import { collectGarbageIfLarge } from "../../generator/util/collect-garbage.ts";

describe("collecting garbage between stages", () => {
  it("does nothing below the threshold", () => {
    expect(collectGarbageIfLarge(Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it("runs a full collection above it", async () => {
    let garbage: object | undefined = { payload: new Array(1000).fill("x") };
    const ref = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef keeps its target for the rest of the job that made it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(collectGarbageIfLarge(0)).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });
});
