/**
 * A naming scope: every identifier in one TypeScript scope (a module's exports, an interface's members, a
 * parameters object) is claimed here, so two spec names that collide after casing (`foo_bar`, `FooBar`,
 * `foo-bar`) get distinct, deterministic identifiers. A suffix is chosen so that it cannot collide again:
 * every candidate, suffixed or not, is checked against everything already taken.
 */
import { isReservedWord } from "./reserved.js";

const EMPTY: ReadonlySet<string> = new Set();

export class NameScope {
  private readonly taken = new Set<string>();
  /** Per base, the suffix to try next: many spec names casing to one base stay linear, not quadratic. */
  private readonly nextSuffix = new Map<string, number>();
  private readonly mangleReserved: boolean;

  /**
   * @param reserved names taken from the start
   * @param options.propertyNames the scope holds property names, where reserved words are legal as they are
   * @param options.base names taken from the start, shared with other scopes and never copied (a service's
   *   exported names, taken in every one of its files: copying them per file made emit quadratic in the operations)
   */
  constructor(reserved: Iterable<string> = [], options: { propertyNames?: boolean; base?: ReadonlySet<string> } = {}) {
    for (const name of reserved) this.taken.add(name);
    this.mangleReserved = !options.propertyNames;
    this.base = options.base ?? EMPTY;
  }

  private readonly base: ReadonlySet<string>;

  has(name: string): boolean {
    return this.taken.has(name) || this.base.has(name);
  }

  /**
   * Claims `base` (already cased: ASCII letters, digits, `_` and `$` only); on collision tries `base2`, `base3`,
   * …. An empty base becomes `fallback`, a base starting with a digit gets a `_` prefix, and reserved words and
   * globals (`reserved.ts`) get a `_` suffix.
   */
  claim(base: string, fallback = "value"): string {
    if (!/^[A-Za-z0-9_$]*$/.test(base)) throw new Error(`internal error: ${JSON.stringify(base)} was not cased before claiming it`);
    let name = base === "" ? fallback : base;
    if (/^[0-9]/.test(name)) name = "_" + name;
    if (this.mangleReserved && isReservedWord(name)) name = name + "_";
    let candidate = name;
    let n = this.nextSuffix.get(name) ?? 2;
    while (this.has(candidate)) candidate = `${name}${n++}`;
    this.nextSuffix.set(name, n);
    this.taken.add(candidate);
    return candidate;
  }
}
