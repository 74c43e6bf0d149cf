/**
 * The timing half of `bench/validators.ts`, run in a fresh process: imports the generated validators (plain
 * JavaScript), compiles ajv from the JSON Schemas it is given, builds the zod schemas, checks every contender's
 * verdict once, then times them and prints the rates as JSON on stdout.
 *
 *   npx tsx bench/support/time-validators.ts <input.json>
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { z } from "zod";

export const CONTENDERS = ["oagen is", "oagen validate", "ajv", "ajv allErrors", "zod 4"] as const;
export type Rates = Record<(typeof CONTENDERS)[number], number>;

export interface BenchCase {
  data: string;
  /** The validators module, relative to `BenchInput.dir`. */
  module: string;
  guardName: string;
  validatorName: string;
  typeName: string;
  jsonSchema: Record<string, unknown>;
  value: unknown;
  valid: boolean;
}

export interface BenchInput {
  dir: string;
  /** Pattern source → flags, for ajv's regex engine (what the regex module chose for each pattern). */
  patternFlags: [string, string][];
  cases: BenchCase[];
}

type Check = (value: unknown) => unknown;

const nullableString = z.string().nullable();
const ZOD_SCHEMAS: Record<string, z.ZodType> = {
  ListWorkspaceKeysResult: z.object({
    userStorageKey: nullableString.optional(),
    userStorageResourceId: z.string().optional(),
    appInsightsInstrumentationKey: nullableString.optional(),
    containerRegistryCredentials: z
      .object({
        location: nullableString.optional(),
        username: z.string().optional(),
        passwords: z.array(z.object({ name: z.string().optional(), value: z.string().optional() })).optional(),
      })
      .optional(),
    notebookAccessKeys: z
      .object({ primaryAccessKey: nullableString.optional(), secondaryAccessKey: nullableString.optional() })
      .optional(),
  }),
  SharedAccessSignatureAuthorizationRuleListResult: z.object({
    value: z
      .array(
        z.object({
          keyName: z.string(),
          primaryKey: z.string().optional(),
          secondaryKey: z.string().optional(),
          rights: z.enum([
            "ServiceConfig",
            "EnrollmentRead",
            "EnrollmentWrite",
            "DeviceConnect",
            "RegistrationStatusRead",
            "RegistrationStatusWrite",
          ]),
        }),
      )
      .optional(),
    nextLink: z.string().optional(),
  }),
};

function ajv(schema: Record<string, unknown>, allErrors: boolean, flags: Map<string, string>): Check {
  const regExp = Object.assign((source: string) => new RegExp(source, flags.get(source) ?? ""), {
    code: "new RegExp",
  });
  const instance = new Ajv2020({ allErrors, strict: false, code: { regExp } });
  ajvFormats.default(instance);
  return instance.compile(schema);
}

/**
 * Operations per second of each check on `value`: batches of about `batchMs`, taken in turns (each contender
 * once per round, so drifting machine load hits all alike), median over the rounds.
 */
function opsPerSecond(checks: Record<string, Check>, value: unknown, batchMs = 50, rounds = 9): Rates {
  const runners = Object.entries(checks).map(([name, check]) => [name, timedLoop(check, value)] as const);
  const sizes = new Map<string, number>();
  for (const [name, run] of runners) {
    let n = 64;
    while (run(n) < batchMs / 2) n *= 2; // calibrate (and warm up)
    sizes.set(name, n);
  }
  const rates = new Map<string, number[]>(runners.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of runners) rates.get(name)!.push((sizes.get(name)! / run(sizes.get(name)!)) * 1000);
  }
  return Object.fromEntries(
    [...rates].map(([name, list]) => [name, list.sort((a, b) => a - b)[Math.floor(rounds / 2)]!]),
  ) as Rates;
}

/**
 * A timing loop of its own for one check. Compiled separately (`new Function`, in this benchmark only) so each
 * loop's call site only ever sees its own check: a loop shared by all contenders would turn megamorphic and add
 * the same call overhead to everyone, pulling every ratio towards 1. The loop cycles through 16 separate deep
 * copies of the value (same shapes, different objects), so no engine can hoist the work out of the loop.
 */
function timedLoop(check: Check, value: unknown): (n: number) => number {
  const copies = Array.from({ length: 16 }, () => structuredClone(value));
  const loop = new Function(
    "check",
    "copies",
    "now",
    `let sink = 0;
     return (n) => {
       const started = now();
       for (let i = 0; i < n; i++) if (check(copies[i & 15])) sink++;
       const elapsed = now() - started;
       return sink < 0 ? -1 : elapsed; // (uses the results, so the calls cannot be optimised away)
     };`,
  ) as (check: Check, copies: unknown[], now: () => number) => (n: number) => number;
  return loop(check, copies, () => performance.now());
}

async function main(inputFile: string): Promise<void> {
  const input = JSON.parse(readFileSync(inputFile, "utf8")) as BenchInput;
  const flags = new Map(input.patternFlags);
  const rows: { data: string; rates: Rates }[] = [];
  for (const c of input.cases) {
    const validators = (await import(pathToFileURL(path.join(input.dir, c.module)).href)) as Record<string, Check>;
    const zod = ZOD_SCHEMAS[c.typeName]!;
    const zodParse: Check = (v) => zod.safeParse(v);
    // Each contender is timed as a user calls it; the verdicts are checked once, here.
    const checks: Record<(typeof CONTENDERS)[number], Check> = {
      "oagen is": validators[c.guardName]!,
      "oagen validate": validators[c.validatorName]!,
      ajv: ajv(c.jsonSchema, false, flags),
      "ajv allErrors": ajv(c.jsonSchema, true, flags),
      "zod 4": zodParse,
    };
    const verdicts: Record<string, boolean> = {
      "oagen is": checks["oagen is"](c.value) as boolean,
      "oagen validate": (checks["oagen validate"](c.value) as { valid: boolean }).valid,
      ajv: checks.ajv(c.value) as boolean,
      "ajv allErrors": checks["ajv allErrors"](c.value) as boolean,
      "zod 4": zod.safeParse(c.value).success,
    };
    for (const [name, verdict] of Object.entries(verdicts)) {
      if (verdict !== c.valid) throw new Error(`${name} says ${String(verdict)} on ${c.data}`);
    }
    rows.push({ data: c.data, rates: opsPerSecond(checks, c.value) });
    console.error(`measured ${c.data}`);
  }
  console.log(JSON.stringify(rows));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await main(process.argv[2]!);
}
