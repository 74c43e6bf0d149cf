/**
 * The fixtures of a service, per operation (keyed by `operationId`, the name the spec and its examples use):
 *
 * - `example-<name>`: the spec's documented sample, verbatim — response status, headers and body, plus the
 *   sample request it answers;
 * - `<status>` for every declared response: a synthesised body, and variants where they differ from it —
 *   `<status>-nulls` (nullable values null), `-empty-arrays`, `-min-lengths`, `-max-lengths` (strings, numbers
 *   and arrays at their declared limits) and `-required-only`;
 * - `error-400`, `error-404`, `error-500`: the operation's error model, synthesised, with the code, message and
 *   status a service sends for that status (and the 400 variants).
 *
 * Every synthesised fixture is seeded by `<seed>/<service>/<operationId>/<fixture>`: the same seed gives the same
 * bytes, and adding an operation or a fixture never changes another one's values.
 */
import { SpecError } from "../../diagnostics/index.js";
import type { IrHeader, IrOperation, IrResponse, IrService } from "../../model/ir.js";
import { kebabCase } from "../../naming/index.js";
import { errorHeaders, problemForStatus, setAtPointer } from "../../runtime/mock-errors.js";
import type { MockErrorModel, MockFixture } from "../../runtime/mock-types.js";
import { findErrorModel } from "./error-model.js";
import { createRandom } from "./random.js";
import { SynthesisError } from "./strings.js";
import { SYNTHESIS_MODES, synthesizeValue, type SynthesisMode } from "./synthesize.js";

export const DEFAULT_FIXTURE_SEED = "oagen";

/** Error statuses every operation with an error model gets a fixture for. */
const ERROR_STATUSES = [400, 404, 500] as const;

export interface OperationFixtures {
  operation: IrOperation;
  errorModel: MockErrorModel;
  /** Name of the fixture the mock answers with by default: the documented sample, else the first success. */
  defaultFixture: string;
  /** Fixtures in a stable order: samples, successes, errors. */
  fixtures: { name: string; fixture: MockFixture }[];
}

export function buildServiceFixtures(service: IrService, seed = DEFAULT_FIXTURE_SEED): OperationFixtures[] {
  return service.operations.map((operation) => {
    try {
      return buildOperationFixtures(service, operation, seed);
    } catch (error) {
      if (!(error instanceof SynthesisError)) throw error;
      throw new SpecError([
        {
          severity: "error",
          code: "fixture-synthesis",
          file: service.specFile,
          pointer: error.pointer,
          message: `${operation.operationId}: ${error.message}`,
          hint: "Check the schema's constraints for contradictions, or give it an `example` value that satisfies them.",
        },
      ]);
    }
  });
}

function buildOperationFixtures(service: IrService, operation: IrOperation, seed: string): OperationFixtures {
  const errorModel = findErrorModel(service, operation.errorResponse);
  const fixtures: { name: string; fixture: MockFixture }[] = [];
  const taken = new Set<string>();
  const add = (name: string, fixture: MockFixture) => {
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
    taken.add(unique);
    fixtures.push({ name: unique, fixture });
    return unique;
  };
  const seedOf = (name: string) => `${seed}/${service.name}/${operation.operationId}/${name}`;

  const samples = operation.examples.flatMap((example) => {
    const statuses = Object.keys(example.responses);
    return statuses.map((status) => {
      const response = example.responses[status]!;
      const base = `example-${kebabCase(example.name) || "sample"}`;
      const fixture: MockFixture = { status: statusNumber(status), headers: { ...response.headers } };
      if (response.body !== undefined) fixture.body = response.body;
      fixture.request = { parameters: example.parameters };
      if (example.requestBody !== undefined) fixture.request.body = example.requestBody;
      return add(statuses.length > 1 ? `${base}-${status}` : base, fixture);
    });
  });

  const successes: string[] = [];
  for (const response of operation.responses) {
    const status = statusNumber(response.status);
    const variants = synthesizeVariants(service, operation, response, seedOf(response.status));
    variants.forEach(({ mode, body, headers }) => {
      const fixture: MockFixture = { status, headers };
      if (body !== undefined) fixture.body = body;
      const name = add(mode === "typical" ? response.status : `${response.status}-${mode}`, fixture);
      if (mode === "typical") successes.push(name);
    });
  }

  if (operation.errorResponse) {
    for (const status of ERROR_STATUSES) {
      const name = `error-${status}`;
      const modes = status === 400 ? SYNTHESIS_MODES : (["typical"] as const);
      for (const { mode, body, headers } of synthesizeVariants(service, operation, operation.errorResponse, seedOf(name), modes)) {
        const problem = problemForStatus(status);
        const errorBody = body !== null && typeof body === "object" ? (body as Record<string, unknown>) : {};
        setAtPointer(errorBody, errorModel.code, problem.code);
        setAtPointer(errorBody, errorModel.message, problem.message);
        if (errorModel.status) {
          setAtPointer(errorBody, errorModel.status.pointer, errorModel.status.type === "string" ? String(status) : status);
        }
        add(mode === "typical" ? name : `${name}-${mode}`, {
          status,
          headers: { ...headers, ...errorHeaders(errorModel, problem) },
          body: errorBody,
        });
      }
    }
  }

  const sample2xx = samples.find((name) => isSuccess(fixtures.find((f) => f.name === name)!.fixture.status));
  const defaultFixture = sample2xx ?? successes.find((name) => isSuccess(statusNumber(name))) ?? fixtures[0]?.name ?? "";
  return { operation, errorModel, defaultFixture, fixtures };
}

interface Variant {
  mode: SynthesisMode;
  body: unknown;
  headers: Record<string, string>;
}

/** The typical value first, then each mode whose value differs from every one before it. */
function synthesizeVariants(
  service: IrService,
  operation: IrOperation,
  response: IrResponse,
  seed: string,
  modes: readonly SynthesisMode[] = SYNTHESIS_MODES,
): Variant[] {
  const variants: Variant[] = [];
  const seen = new Set<string>();
  for (const mode of modes) {
    const options = { schemas: service.schemas, mode, direction: "response" as const };
    const body = response.schema ? synthesizeValue(response.schema, { ...options, random: createRandom(seed) }) : undefined;
    if (body !== undefined && operation.paging?.nextLinkProperty !== undefined && body !== null && typeof body === "object") {
      // A synthesised list is complete: a made-up nextLink would send clients to a page nobody serves.
      delete (body as Record<string, unknown>)[operation.paging.nextLinkProperty];
    }
    const headers = synthesizeHeaders(service, response.headers, mode, seed);
    const key = JSON.stringify([body, headers]);
    if (seen.has(key)) continue;
    seen.add(key);
    variants.push({ mode, body, headers });
  }
  return variants;
}

function synthesizeHeaders(service: IrService, headers: IrHeader[], mode: SynthesisMode, seed: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const header of headers) {
    if (mode === "required-only" && !header.required) continue;
    if (header.name.toLowerCase() === "x-ms-error-code") continue; // set from the error's code
    const random = createRandom(`${seed}/headers/${header.name}`);
    const value = synthesizeValue(header.schema, { schemas: service.schemas, mode, direction: "response", random }, header.name);
    if (value !== null && value !== undefined) out[header.name] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return out;
}

/** `"200"` → 200; a sample under `default` is taken as a 400. */
function statusNumber(status: string): number {
  const n = Number(status);
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : 400;
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}
