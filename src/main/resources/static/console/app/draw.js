// The 现场考察 draw, ported from OnsiteDraws.select so the page can repeat a stored draw from its seed:
// java.util.Random seeded once, then per group (groups in key order) a Fisher–Yates shuffle from the
// last index down to 1 swapping i with nextInt(i + 1), and the first k of each group drawn
// (k = amount for COUNT, ceil(size × amount / 100) for PERCENT).
//
// The seed is a Java long: it must reach this code as its decimal text (a JSON number above 2^53
// would be rounded by JSON.parse), so seedsOf() reads it from the response text.

const MULTIPLIER = 0x5DEECE66Dn;
const ADDEND = 0xBn;
const MASK = (1n << 48n) - 1n;

/** java.util.Random, exactly (the parts the draw uses). */
export class JavaRandom {
  constructor(seed) {
    this.seed = (BigInt(seed) ^ MULTIPLIER) & MASK;
  }

  next(bits) {
    this.seed = (this.seed * MULTIPLIER + ADDEND) & MASK;
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }

  nextInt(bound) {
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    // Java's int overflow decides a retry: u - r + m wraps below zero for the biased tail.
    for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
    return r;
  }
}

/** OnsiteDraws.select: seed as a BigInt or decimal string, groups as { key: [ids] }. */
export function selectFromSeed(seed, mode, amount, groups) {
  const random = new JavaRandom(BigInt(seed));
  const selected = [];
  // TreeMap<String> order: UTF-16 code unit order, which is also the default sort of JS strings.
  for (const key of Object.keys(groups).sort()) {
    const group = groups[key];
    const shuffled = group.slice();
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = random.nextInt(i + 1);
      const t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    const k = mode === 'COUNT' ? amount : Math.ceil(group.length * amount / 100.0);
    selected.push(...shuffled.slice(0, Math.min(k, shuffled.length)));
  }
  return selected;
}

/** Every "seed" of a JSON text, as decimal strings, in order of appearance. */
export function seedsOf(text) {
  return [...text.matchAll(/"seed"\s*:\s*(-?\d+)/g)].map((m) => m[1]);
}
