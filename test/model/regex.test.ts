/** The regex dialect module: what is kept, translated, flagged for Unicode mode, or rejected (and why). */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkPatternSafety, patternsIn, precheckPatterns, translatePattern } from "../../generator/model/regex.js";
import { clearSafetyMemory, safetyCheckLog } from "../../generator/model/regex-safety.js";
import { loadAndModel } from "../../generator/core/pipeline.js";
import { cachedSafety, rememberSafety } from "../../generator/model/regex-safety-cache.js";
import { REPO_ROOT } from "../support/pipeline.ts";
import { UPSTREAM_ROOT } from "../upstream/support/upstream.ts";

function translated(source: string): { js: string; flags: string; warnings: string[]; regex: RegExp } {
  const result = translatePattern(source);
  if (!result.ok) throw new Error(`expected ${source} to translate: ${result.reason}`);
  return { ...result.pattern, warnings: result.warnings, regex: new RegExp(result.pattern.js, result.pattern.flags) };
}

function rejection(source: string): string {
  const result = translatePattern(source);
  if (result.ok)
    throw new Error(`expected ${source} to be rejected, got /${result.pattern.js}/${result.pattern.flags}`);
  return result.reason;
}

describe("translatePattern", () => {
  it("keeps the five specs' patterns as they are, without the u flag", () => {
    for (const source of [
      "^[-\\w\\._\\(\\)]+$",
      "^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$",
      "^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$",
      "^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$",
      "^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{2,49}[a-zA-Z0-9]$",
    ]) {
      const result = translatePattern(source);
      expect(result).toEqual({ ok: true, pattern: { source, js: source, flags: "" }, warnings: [] });
    }
  });

  it("adds the u flag for \\p{…}, so \\p{L} matches letters beyond ASCII", () => {
    const { flags, regex } = translated("^\\p{L}+$");
    expect(flags).toBe("u");
    expect(regex.test("Grüße")).toBe(true);
    expect(regex.test("abc1")).toBe(false);
    expect(translated("\\P{Lu}").flags).toBe("u");
    expect(translated("\\u{1F600}").flags).toBe("u");
  });

  it("adds the u flag for characters beyond U+FFFF, so a quantifier applies to the whole character", () => {
    const { flags, regex } = translated("^😀+$");
    expect(flags).toBe("u");
    expect(regex.test("😀😀")).toBe(true);
    expect(translated("^[😀-😎]$").regex.test("😃")).toBe(true);
  });

  it("rewrites what Unicode mode forbids without changing the meaning", () => {
    const source = "^[\\w-.]\\_x{\\p{L}-[a-c-e]\\-}$";
    const { js, flags, regex } = translated(source);
    expect(flags).toBe("u");
    expect(js).toBe("^[\\w\\-.]_x\\{\\p{L}-[a-c\\-e]-\\}$");
    const plain = new RegExp(source.replace("\\p{L}", "é"));
    for (const input of ["a_x{é-a-}", "-_x{é-e-}", "._x{é---}", "a_x{é-d-}", "a_x{é-b}"]) {
      expect(regex.test(input), input).toBe(plain.test(input));
    }
  });

  it("translates \\A, \\z and \\Z faithfully (\\Z: the end, or before a final newline)", () => {
    const z = translated("\\Aab\\Z");
    expect(z.js).toBe("^ab(?=\\n?$)");
    expect(["ab", "ab\n"].map((s) => z.regex.test(s))).toEqual([true, true]);
    expect(["ab\n\n", "xab", "ab\nx"].map((s) => z.regex.test(s))).toEqual([false, false, false]);
    const lower = translated("\\Aab\\z");
    expect(lower.js).toBe("^ab$");
    expect(["ab", "ab\n"].map((s) => lower.regex.test(s))).toEqual([true, false]);
  });

  it("translates other dialects' control escapes and drops comment groups", () => {
    expect(translated("a\\eb\\a").js).toBe("a\\x1Bb\\x07");
    expect(translated("(?#a comment)x").js).toBe("x");
  });

  it("keeps lookbehind, named groups, back-references and lazy quantifiers (ECMAScript in Node 20)", () => {
    expect(translated("(?<=a)b").regex.test("ab")).toBe(true);
    expect(translated("(?<!a)b").regex.test("ab")).toBe(false);
    expect(translated("(?<word>a)\\k<word>").regex.test("aa")).toBe(true);
    expect(translated("(a)\\1").regex.test("aa")).toBe(true);
    expect(translated("a+?b*?c??d{1,2}?").js).toBe("a+?b*?c??d{1,2}?");
  });

  it("warns about {,n}, which is literal text in ECMAScript and .NET alike", () => {
    expect(translated("a{,3}").warnings).toEqual([
      '"{,n}" at offset 1 is literal text, not a quantifier (write "{0,n}")',
    ]);
  });

  it("rejects inline flags, mid-pattern or not, with the reason", () => {
    expect(rejection("a(?i)b")).toBe(
      'inline flags "(?i)" at offset 1 cannot be expressed in an ECMAScript regular expression (flags apply to a whole pattern there)',
    );
    expect(rejection("(?i)ab")).toContain('inline flags "(?i)" at offset 0');
    expect(rejection("(?i:a)b")).toContain('inline flags "(?i:"');
    expect(rejection("a(?-m)b")).toContain('inline flags "(?-m)"');
  });

  it("rejects possessive quantifiers", () => {
    expect(rejection("a++")).toBe(
      'possessive quantifier "++" at offset 2 is not supported by ECMAScript regular expressions',
    );
    expect(rejection("a*+b")).toContain('possessive quantifier "*+"');
    expect(rejection("a{2,3}+")).toContain('possessive quantifier "{2,3}+"');
  });

  it("rejects atomic groups and other dialects' group syntax", () => {
    expect(rejection("(?>ab)c")).toBe(
      'atomic group "(?>…)" at offset 0 is not supported by ECMAScript regular expressions',
    );
    expect(rejection("(?'name'a)")).toContain('ECMAScript writes "(?<name>…)"');
    expect(rejection("(?P<name>a)")).toContain('ECMAScript writes "(?<name>…)"');
    expect(rejection("(?(1)a|b)")).toContain("conditional group");
  });

  it("rejects escapes ECMAScript would silently read as a plain letter", () => {
    expect(rejection("\\h+")).toBe(
      '"\\h" at offset 0 has no ECMAScript equivalent (ECMAScript would read it as the plain "h")',
    );
    expect(rejection("\\Qa.b\\E")).toContain("quoting");
    expect(rejection("\\G")).toContain('"\\G"');
    expect(rejection("\\pL")).toContain('must be written "\\p{Name}"');
    expect(rejection("\\x{41}")).toContain("two hex digits");
  });

  it("rejects classes that mean different things in different dialects", () => {
    expect(rejection("[]a]")).toContain("is an empty class in ECMAScript but a literal");
    expect(rejection("[a-z-[aeiou]]")).toContain("class subtraction");
    expect(rejection("[a-z&&[^e]]")).toContain("class intersection");
    expect(rejection("[[:alpha:]]")).toContain("POSIX class");
    expect(rejection("[\\A]")).toContain("cannot appear inside a character class");
  });

  it("rejects invalid syntax with the engine's reason", () => {
    expect(rejection("(ab")).toBe("invalid regular expression: Unterminated group");
    expect(rejection("[ab")).toContain("character class at offset 0 is never closed");
    expect(rejection("a{3,1}")).toBe("invalid regular expression: numbers out of order in {} quantifier");
    expect(rejection("*a")).toBe("invalid regular expression: Nothing to repeat");
    expect(rejection("\\p{NoSuchProperty}")).toContain("in Unicode mode");
    expect(rejection("a\\")).toContain("ends the pattern");
  });
});

describe("checkPatternSafety", () => {
  const pattern = (source: string) => {
    const result = translatePattern(source);
    if (!result.ok) throw new Error(result.reason);
    return result.pattern;
  };

  it("flags catastrophic backtracking with the growth and an attack input", () => {
    const result = checkPatternSafety(pattern("^(a+)+$"));
    expect(result.safe).toBe(false);
    if (!result.safe) {
      expect(result.reason).toMatch(/^catastrophic backtracking: matching takes exponential time/);
      expect(result.reason).toContain("'a'");
    }
    const polynomial = checkPatternSafety(pattern("^\\d*\\d*x$"));
    expect(polynomial).toMatchObject({ safe: false });
    if (!polynomial.safe) expect(polynomial.reason).toContain("degree-2 polynomial");
  });

  it("passes the five specs' patterns, including the lookahead one (fuzzed with a fixed seed)", () => {
    for (const source of [
      "^[-\\w\\._\\(\\)]+$",
      "^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$",
      "^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$",
      "^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$",
      "^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{2,49}[a-zA-Z0-9]$",
      "^\\p{L}+$",
    ]) {
      expect(checkPatternSafety(pattern(source)), source).toEqual({ safe: true });
    }
  });

  it("answers a repeated pattern from its cache, with the same verdict", () => {
    const first = checkPatternSafety(pattern("^(b+)+$"));
    const again = checkPatternSafety(pattern("^(b+)+$"));
    expect(again).toBe(first); // the very same object: answered from the cache, not recomputed
  });

  it("remembers verdicts on disk, so a later run answers without recheck, and ignores a damaged entry", () => {
    const saved = process.env["OAGEN_CACHE_DIR"];
    const dir = mkdtempSync(path.join(os.tmpdir(), "oagen-regex-cache-"));
    process.env["OAGEN_CACHE_DIR"] = dir;
    try {
      const verdict = checkPatternSafety(pattern("^(?:x+y?)+q$"));
      expect(verdict.safe).toBe(false);
      const entries = readdirSync(path.join(dir, "regex-safety"));
      expect(entries).toHaveLength(1);
      expect(JSON.parse(readFileSync(path.join(dir, "regex-safety", entries[0]!), "utf8"))).toEqual(verdict);

      rememberSafety("key", { safe: false, reason: "stored" });
      expect(cachedSafety("key")).toEqual({ safe: false, reason: "stored" });
      expect(cachedSafety("another key")).toBeUndefined();
      for (const entry of readdirSync(path.join(dir, "regex-safety"))) writeFileSync(path.join(dir, "regex-safety", entry), '{"safe":"yes"}');
      expect(cachedSafety("key")).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env["OAGEN_CACHE_DIR"];
      else process.env["OAGEN_CACHE_DIR"] = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("precheckPatterns", () => {
  const withCache = async (run: () => Promise<void>) => {
    const saved = process.env["OAGEN_CACHE_DIR"];
    const dir = mkdtempSync(path.join(os.tmpdir(), "oagen-precheck-"));
    process.env["OAGEN_CACHE_DIR"] = dir;
    try {
      await run();
    } finally {
      if (saved === undefined) delete process.env["OAGEN_CACHE_DIR"];
      else process.env["OAGEN_CACHE_DIR"] = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("finds every string pattern of a document once, translated, and skips what cannot be translated", () => {
    const shared = { type: "string", pattern: "^\\A[a-z]+\\z$" };
    const doc: Record<string, unknown> = {
      definitions: { A: shared, B: { properties: { p: shared, pattern: { type: "string", pattern: "^\\p{L}+$" } } } },
      parameters: [{ name: "x", pattern: "a++" }, { name: "y", pattern: 5 }],
    };
    doc["self"] = doc; // a cycle is walked once
    expect(patternsIn(doc).map((p) => `${p.flags}/${p.js}`).sort()).toEqual(["/^^[a-z]+$$", "u/^\\p{L}+$"]);
  });

  it("makes the model's verdicts ahead of it, through the asynchronous checker, with the same verdicts", async () => {
    await withCache(async () => {
      const sources = ["^(c+)+$", "^\\d*\\d*y$", "^[a-z]{1,3}-[0-9]+$"];
      const patterns = sources.map((source) => {
        const result = translatePattern(source);
        if (!result.ok) throw new Error(result.reason);
        return result.pattern;
      });
      const before = safetyCheckLog.length;
      await precheckPatterns([...patterns, ...patterns]);
      expect(safetyCheckLog.slice(before)).toEqual(patterns.map((p) => ({ pattern: p.js, api: "async" })));
      const [exponential, polynomial, safe] = patterns.map((p) => checkPatternSafety(p));
      expect(exponential).toMatchObject({ safe: false, reason: expect.stringMatching(/^catastrophic backtracking: matching takes exponential time.*'c'/) });
      expect(polynomial).toMatchObject({ safe: false, reason: expect.stringContaining("degree-2 polynomial") });
      expect(safe).toEqual({ safe: true });
      // Answered from what the pre-check made: no further check.
      expect(safetyCheckLog.length).toBe(before + 3);
      // The same verdict as the synchronous checker gives the same pattern (another spelling of it, not cached).
      expect(checkPatternSafety(translatePatternOrThrow("^(?:c+)+$"))).toMatchObject({ safe: false, reason: expect.stringMatching(/exponential time/) });
    });
  });

  it("leaves the model nothing to check synchronously (the repository's specs and Azure's Purview file)", async () => {
    await withCache(async () => {
      // Test files share their process: forget what others had checked, so that every verdict is made here.
      clearSafetyMemory();
      const before = safetyCheckLog.length;
      await loadAndModel({ inputs: ["specs"], cwd: REPO_ROOT });
      await loadAndModel({ inputs: [path.join(UPSTREAM_ROOT, "specification/purview/data-plane/Azure.Analytics.Purview.Scanning/stable/2023-09-01/scanningService.json")], cwd: REPO_ROOT });
      const made = safetyCheckLog.slice(before);
      expect(made.length).toBeGreaterThan(0);
      expect(made.filter((entry) => entry.api === "sync")).toEqual([]);
    });
  });
});

function translatePatternOrThrow(source: string) {
  const result = translatePattern(source);
  if (!result.ok) throw new Error(result.reason);
  return result.pattern;
}
