/**
 * A seeded pseudo-random source for fixture synthesis: sfc32 seeded by a cyrb128 hash of a text seed. Pure 32-bit
 * integer arithmetic, so the same seed gives the same sequence on every machine and Node version (never
 * `Math.random`).
 */
export interface Random {
  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** A float in [0, 1). */
  next(): number;
  pick<T>(items: readonly T[]): T;
  /** `length` lower-case hex digits. */
  hex(length: number): string;
  /** A new independent source derived from this one's seed and `label`. */
  fork(label: string): Random;
}

export function createRandom(seed: string): Random {
  const [a, b, c, d] = cyrb128(seed);
  const next = sfc32(a, b, c, d);
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error("internal error: pick from an empty list");
      return items[random.int(0, items.length - 1)]!;
    },
    hex: (length) => {
      let out = "";
      while (out.length < length) out += random.int(0, 0xffff).toString(16).padStart(4, "0");
      return out.slice(0, length);
    },
    fork: (label) => createRandom(`${seed}\u0000${label}`),
  };
  return random;
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
