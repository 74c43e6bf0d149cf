/**
 * The generated validators against ajv + ajv-formats on the equivalent JSON Schema: hand-built schemas for
 * every supported keyword, then random schemas. Over 10,000 cases per run; a failure prints the fast-check seed
 * and path (replay with `VALIDATORS_SEED=<seed> npx vitest run test/validators/differential.test.ts`).
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { IrNamedSchema, IrOperation, IrService } from "../../generator/model/ir.js";
import { schemaArbitrary } from "./support/arbitraries.js";
import { assertAgreement, differentialRoots } from "./support/differential.js";
import { named, operation, pattern, ref, service, str } from "./support/ir.js";
import { keywordService } from "./support/keyword-schemas.js";
import { loadValidators } from "./support/load.js";

const SEED = process.env.VALIDATORS_SEED !== undefined ? Number(process.env.VALIDATORS_SEED) : Date.now() % 2 ** 31;
const KEYWORD_RUNS = 4_000;
const RANDOM_RUNS = 8_000;
const RANDOM_GROUPS = 40;

/** Groups of three named schemas that reference each other, plus an operation whose body is the group's first. */
function randomService(seed: number): IrService {
  const schemas: IrNamedSchema[] = [];
  const operations: IrOperation[] = [];
  for (let g = 0; g < RANDOM_GROUPS; g++) {
    const names = [0, 1, 2].map((k) => `G${g}S${k}`);
    const [generated] = fc.sample(fc.tuple(...names.map((_, k) => schemaArbitrary(names, k))), {
      seed: seed + g,
      numRuns: 1,
    });
    generated!.forEach((schema, k) => schemas.push(named(names[k]!, schema)));
    operations.push(
      operation(
        `G${g}Op`,
        [
          {
            name: "name",
            tsName: "name",
            location: "path",
            required: true,
            schema: str({ pattern: pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$") }),
          },
        ],
        { schema: ref(names[0]!), required: g % 2 === 0 },
      ),
    );
  }
  return service(schemas, operations, "random");
}

describe(`generated validators agree with ajv (seed ${SEED})`, () => {
  let keywords: { service: IrService; roots: ReturnType<typeof differentialRoots> };
  let random: typeof keywords;
  let split: typeof keywords & { files: string[] };

  beforeAll(async () => {
    const k = keywordService();
    keywords = { service: k, roots: differentialRoots(k, (await loadValidators(k, { typecheck: true })).exports) };
    const r = randomService(SEED);
    random = { service: r, roots: differentialRoots(r, (await loadValidators(r, { typecheck: true })).exports) };
    // The same service split over files of 7 schemas (the layout of services with more than 400): type-checked
    // with noUnusedLocals, so every cross-file import is needed and none is missing.
    const loaded = await loadValidators(r, { typecheck: true, schemasPerFile: 7 });
    split = { service: r, roots: differentialRoots(r, loaded.exports), files: Object.keys(loaded.sources).sort() };
  });

  it(`on hand-built schemas for every keyword (${KEYWORD_RUNS} cases)`, () => {
    const counts = assertAgreement(keywords.service, keywords.roots, SEED, KEYWORD_RUNS);
    expect(Math.min(counts.valid, counts.invalid)).toBeGreaterThan(KEYWORD_RUNS * 0.2);
  });

  it(`on random schemas (${RANDOM_RUNS} cases over ${RANDOM_GROUPS * 3} schemas and ${RANDOM_GROUPS} operations)`, () => {
    const counts = assertAgreement(random.service, random.roots, SEED, RANDOM_RUNS);
    // Random schemas are often unsatisfiable by construction (a pattern and a const that exclude each other).
    expect(Math.min(counts.valid, counts.invalid)).toBeGreaterThan(RANDOM_RUNS * 0.1);
  });

  it(`on the same random schemas split over several files (${RANDOM_RUNS / 2} cases)`, () => {
    expect(split.files.filter((f) => /\/validators\/part-\d+\.ts$/.test(f))).toHaveLength(Math.ceil((RANDOM_GROUPS * 3) / 7));
    expect(split.files.some((f) => f.endsWith("/validators/parameters.ts"))).toBe(true);
    const counts = assertAgreement(split.service, split.roots, SEED, RANDOM_RUNS / 2);
    expect(Math.min(counts.valid, counts.invalid)).toBeGreaterThan((RANDOM_RUNS / 2) * 0.1);
  });
});
