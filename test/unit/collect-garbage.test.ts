/**
 * The collection between pipeline stages (util/collect-garbage.ts): only above its threshold of heap added since
 * the run began, and it really collects (an object only weakly held is gone afterwards).
 */
import { describe, expect, it } from "vitest";
import { collectGarbageIfLarge, markGarbageBaseline } from "../../generator/util/collect-garbage.ts";

describe("collecting garbage between stages", () => {
  it("does nothing below the threshold, counted from what the heap held when the run began", () => {
    markGarbageBaseline();
    expect(collectGarbageIfLarge(Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(collectGarbageIfLarge(64 * 1024 * 1024)).toBe(false);
  });

  it("runs a full collection above it", async () => {
    let garbage: object | undefined = { payload: new Array(1000).fill("x") };
    const ref = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef keeps its target for the rest of the job that made it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    markGarbageBaseline();
    expect(collectGarbageIfLarge(0)).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });
});
