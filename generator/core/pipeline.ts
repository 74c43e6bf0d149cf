/**
 * The whole pipeline as one pure function the CLI and the tests call: load → model → plan → emit → format →
 * compile (and, on request, type-check). Returns the finished files (nothing written) and the warnings, or hands each
 * file to a sink as soon as it is final (`generate` stages it for the swap) and returns only their paths and hashes.
 */
import { performance } from "node:perf_hooks";
import { SpecError, type Diagnostic } from "../diagnostics/index.js";
import { locateDiagnostics, type LocatePointer } from "../diagnostics/locate.js";
import { printUnit } from "../emit/print.js";
import { emitPackage, type EmitUnit, type TextUnit } from "../emit/index.js";
import { formatUnit, isFormatted, startFormatter } from "../format/prettier.js";
import { loadSpec, type LoadedSpec } from "../load/index.js";
import { buildIr, DEFAULT_PACKAGE, type IrDocument, type IrPackage } from "../model/index.js";
import { patternsIn, precheckPatterns } from "../model/regex.js";
import { planPackage } from "../plan/index.js";
import { planRelease, type ReleasePlan } from "../release/index.js";
import { CompileQueue, preferLowMemory, typecheckUnits } from "../compile/index.js";
import { computeFingerprint, unitHash } from "../write/fingerprint.js";
import { MANIFEST_FILE, renderManifestOf } from "../write/manifest.js";
import type { OutputSink } from "../write/stage.js";
import { discoverSpecFiles, isValidServiceName, serviceNameFromTitle } from "./discover.js";
import { loadOptionsOf, operationsOf, selectedSpecs, serviceSettingsOf, type PerServiceSettings } from "./settings.js";
import { settingsKey, specRefsOf } from "./spec-files.js";
import { collectGarbageIfLarge, markGarbageBaseline } from "../util/collect-garbage.js";

export { settingsKey, specRefsOf };

export interface PipelineConfig {
  inputs: string[];
  outDir: string;
  cwd: string;
  /** Service name for a single spec file (default: from `info.title`). */
  service?: string;
  /** Also run the whole-program strict type-check of the output (tests, `--typecheck`); never needed to write. */
  typecheck?: boolean;
  /** `--operation`: generate only these operations (by operationId) and the schemas they reach. */
  operations?: string[];
  /** `--client-name`: the client class name (default: from `info.title`). */
  clientName?: string;
  /** `--credential-scopes`: the token scopes, used when the spec declares none. */
  credentialScopes?: string[];
  /** `--spec-root`: the folder `$ref`s may read from (default: the input folder; see load/spec-root.ts). */
  specRoot?: string;
  /** The generated package's name and version (default `DEFAULT_PACKAGE`): user agent, tracing, package.json. */
  package?: IrPackage;
  /**
   * The package version, when configured: a semver string, or "bump" (the default: the previous output's version
   * moved by the changes' semver step; see release/version.ts). Overrides `package.version`.
   */
  version?: string;
  /** Where the previous output is read from for the changelog, the version and the IR snapshots (default `outDir`). */
  previousDir?: string;
  /** Settings per service name (the config file's `services`), over the run's own. */
  services?: Record<string, PerServiceSettings>;
  /** Keeps only the spec files this accepts (the config file's `specs` globs); absolute paths. */
  specFilter?: (absolutePath: string) => boolean;
  /** Called as each stage starts (the CLI's progress line). */
  onStage?: (stage: string, count?: number) => void;
  /**
   * Takes each file as soon as it is final (`generate` stages it for the swap: write/stage.ts), and the pipeline keeps
   * only its path and hash: `files` is then empty. Without it, every file is returned in `files`.
   */
  sink?: OutputSink;
}

export interface Timings {
  [stage: string]: number;
}

export interface PipelineResult {
  ir: IrDocument;
  /** The `src/` files compiled in this run; the others' JavaScript and declarations came from the content-hash cache. */
  recompiled: string[];
  /** The version, the semver step and the changelog sections of this run (its `files` are empty when `sink` took them). */
  release: ReleasePlan;
  /** Every finished file, sorted by path (the manifest included); empty when `sink` took them. */
  files: TextUnit[];
  /** Path and sha256 of every finished file, sorted by path (the manifest included), with or without `sink`. */
  outputs: { path: string; hash: string }[];
  warnings: Diagnostic[];
  timings: Timings;
}

/** The spec files a configuration reads (absolute paths). */
export function refsOf(config: Omit<PipelineConfig, "outDir">): string[] {
  return specRefsOf(config).map((r) => r.absolutePath);
}

export async function loadAndModel(config: Omit<PipelineConfig, "outDir">, timings: Timings = {}): Promise<{ ir: IrDocument; warnings: Diagnostic[]; locatorOf: (file: string) => LocatePointer | undefined }> {
  let t = performance.now();
  markGarbageBaseline();
  const refs = specRefsOf(config);
  config.onStage?.("load", refs.length);
  const loaded = await Promise.allSettled(refs.map((ref) => loadSpec(ref.absolutePath, config.cwd, loadOptionsOf(config, ref.absolutePath, ref.service))));
  const failures = loaded.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
  const specErrors = failures.filter((e): e is SpecError => e instanceof SpecError);
  if (specErrors.length < failures.length) throw failures.find((e) => !(e instanceof SpecError));
  if (specErrors.length > 0) throw new SpecError(specErrors.flatMap((e) => e.diagnostics));
  const loadedSpecs = loaded.map((r) => (r as PromiseFulfilledResult<LoadedSpec>).value);
  // `--operation` / a service's `operations`: each group of files sharing a choice must define every chosen id.
  const groups = new Map<string, { operations: string[] | undefined; specs: LoadedSpec[] }>();
  loadedSpecs.forEach((spec, i) => {
    const operations = operationsOf(config, refs[i]!.service);
    const key = JSON.stringify(operations ?? null);
    groups.set(key, { operations, specs: [...(groups.get(key)?.specs ?? []), spec] });
  });
  const kept = new Set([...groups.values()].flatMap((g) => selectedSpecs(g.specs, g.operations)));
  const specs = loadedSpecs.filter((s) => kept.has(s));
  timings["load"] = performance.now() - t;
  collectGarbage(timings);

  t = performance.now();
  config.onStage?.("model", specs.length);
  const byService = new Map<string, LoadedSpec[]>();
  specs.forEach((spec) => {
    const i = refs.findIndex((r) => r.absolutePath === spec.absolutePath);
    const info = spec.document["info"] as { title?: unknown } | undefined;
    const name = refs[i]!.service ?? serviceNameFromTitle(typeof info?.title === "string" ? info.title : "");
    if (!isValidServiceName(name)) {
      throw new SpecError([{ severity: "error", code: "invalid-service-name", file: spec.file, pointer: "", message: `"${name}" cannot be a service name.`, hint: "Use lower-case letters, digits and dashes (--service my-service)." }]);
    }
    byService.set(name, [...(byService.get(name) ?? []), spec]);
  });
  // A large spec: the scaffolding's formatter loads now, on its worker, while the model keeps the main thread busy
  // (a small one formats on first need, or not at all when the format cache has its scaffolding).
  if (specs.reduce((n, spec) => n + operationCount(spec.document), 0) >= EARLY_FORMATTER_FROM_OPERATIONS) startFormatter();
  // The patterns' ReDoS checks, all at once and off the main thread, before the model asks for each.
  await precheckPatterns(specs.flatMap((spec) => patternsIn(spec.document)));
  const locatorOf = locatorsOf(specs);
  const result = withLocations(locatorOf, () => buildIr([...byService].map(([name, list]) => ({ name, specs: list, ...serviceSettingsOf(config, name) })), config.package));
  timings["model"] = performance.now() - t;
  const warnings = locateDiagnostics([...specs.flatMap((s) => s.warnings), ...result.warnings], locatorOf);
  // Later stages rarely need a position: the loaded documents are not kept (the IR is what they read), and each
  // locator drops its index until it is asked again (at 5,000 operations the two are a third of the heap).
  for (const spec of specs) spec.locate.release?.();
  collectGarbage(timings);
  return { ir: result.ir, warnings, locatorOf };
}

/** From this many operations on, a run starts the formatting worker before the model (format/prettier.ts). */
const EARLY_FORMATTER_FROM_OPERATIONS = 100;

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** The operations a loaded document declares (its paths' HTTP methods). */
function operationCount(document: Record<string, unknown>): number {
  const paths = document["paths"];
  if (paths === null || typeof paths !== "object") return 0;
  let n = 0;
  for (const item of Object.values(paths)) if (item !== null && typeof item === "object") for (const key of Object.keys(item)) if (HTTP_METHODS.has(key)) n++;
  return n;
}

/** A full collection between stages when the heap is large (util/collect-garbage.ts), timed as `gc`. */
function collectGarbage(timings: Timings): void {
  const t = performance.now();
  if (collectGarbageIfLarge()) timings["gc"] = (timings["gc"] ?? 0) + performance.now() - t;
}

/** file → its locator, holding the locators only (not the loaded documents). */
function locatorsOf(specs: readonly LoadedSpec[]): (file: string) => LocatePointer | undefined {
  const locators = new Map(specs.map((s) => [s.file, s.locate]));
  return (file) => locators.get(file);
}

/** Runs a stage; a SpecError it throws gets line and column for every diagnostic its file can locate. */
function withLocations<T>(locatorOf: (file: string) => LocatePointer | undefined, stage: () => T): T {
  try {
    return stage();
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(locateDiagnostics(error.diagnostics, locatorOf));
    throw error;
  }
}

export async function runPipeline(config: PipelineConfig): Promise<PipelineResult> {
  const timings: Timings = {};
  const modelled = await loadAndModel(config, timings);
  const { warnings, locatorOf } = modelled;

  // Each file is hashed as it becomes final, and handed to the sink at once when there is one (the whole output is
  // not held until the end); the whole-program type-check needs every source at hand, so it keeps them until it ran.
  const outputs: { path: string; hash: string }[] = [];
  const kept: TextUnit[] = [];
  const finish = (unit: TextUnit): void => {
    outputs.push({ path: unit.path, hash: unitHash(unit) });
    if (config.sink) config.sink.put(unit.path, unit.contents);
    else kept.push(unit);
  };
  const streamPrinted = config.sink !== undefined && !config.typecheck;

  let t = performance.now();
  config.onStage?.("plan", modelled.ir.services.length);
  const configuredVersion = config.version ?? config.package?.version;
  const release = planRelease({ services: modelled.ir.services, previousDir: config.previousDir ?? config.outDir, ...(configuredVersion !== undefined ? { configuredVersion } : {}) });
  const ir: IrDocument = { ...modelled.ir, services: modelled.ir.services.map((s) => ({ ...s, package: { ...(s.package ?? DEFAULT_PACKAGE), version: release.version } })) };
  // The IR snapshots and the changelog are final already (at 5,000 operations the snapshot is 48 MB of text): with a
  // sink they go at once, and the release plan keeps no copy.
  for (const f of release.files) finish({ kind: "text", ...f });
  if (config.sink) release.files = [];
  timings["release"] = performance.now() - t;
  collectGarbage(timings);

  // A large package: the compiler gives memory back as it goes (compile/transpile.ts `preferLowMemory`).
  if (ir.services.reduce((n, s) => n + s.operations.length, 0) >= LOW_MEMORY_FROM_OPERATIONS) preferLowMemory();

  // Sources compile on the thread pool as they are printed (compile/index.ts CompileQueue).
  const compiler = new CompileQueue(config.sink ? { onFiles: (files) => files.forEach(finish) } : {});
  const { printed, formatting, planWarnings } = await planEmitPrint(ir, locatorOf, config, timings, compiler, streamPrinted ? finish : undefined);
  collectGarbage(timings);

  t = performance.now();
  config.onStage?.("format", formatting.length);
  const formatted = [...printed, ...(await Promise.all(formatting))];
  printed.length = 0;
  timings["format"] = performance.now() - t;
  collectGarbage(timings);

  if (config.typecheck) {
    t = performance.now();
    config.onStage?.("typecheck", formatted.length);
    typecheckUnits(formatted);
    timings["typecheck"] = performance.now() - t;
  }
  formatted.forEach(finish);
  formatted.length = 0;

  // What compilation has left once the files are printed and formatted (the rest ran alongside print).
  t = performance.now();
  config.onStage?.("compile");
  const { files: compiled, compiled: recompiled } = await compiler.finish();
  timings["compile"] = performance.now() - t;
  compiled.forEach(finish);
  collectGarbage(timings);

  const fingerprint = computeFingerprint(refsOf(config), config.cwd, settingsKey(config));
  finish({ kind: "text", path: MANIFEST_FILE, contents: renderManifestOf(outputs, fingerprint) });
  const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { ir, release, files: kept.sort(byPath), outputs: outputs.sort(byPath), recompiled, warnings: [...warnings, ...locateDiagnostics(planWarnings, locatorOf)], timings };
}

/**
 * plan → emit → print, in a function of its own: the plan and the emitted structures are garbage once the files are
 * printed, and locals of the async pipeline would live until it returns (at 5,000 operations, a fifth of the heap).
 * Each printed source goes to the compiler at once, and its structure is dropped; every few files the printer
 * yields, so transforms that finished make room for the next ones on the thread pool.
 */
async function planEmitPrint(
  ir: IrDocument,
  locatorOf: (file: string) => LocatePointer | undefined,
  config: PipelineConfig,
  timings: Timings,
  compiler: CompileQueue,
  finish: ((unit: TextUnit) => void) | undefined,
): Promise<{ printed: TextUnit[]; formatting: Promise<TextUnit>[]; planWarnings: Diagnostic[] }> {
  let t = performance.now();
  const plan = planPackage(ir);
  timings["plan"] = performance.now() - t;
  collectGarbage(timings);

  t = performance.now();
  config.onStage?.("emit", ir.services.length);
  const units: (EmitUnit | undefined)[] = withLocations(locatorOf, () => emitPackage(ir, plan));
  timings["emit"] = performance.now() - t;
  collectGarbage(timings);

  t = performance.now();
  config.onStage?.("print", units.length);
  const printed: TextUnit[] = [];
  const formatting: Promise<TextUnit>[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    units[i] = undefined;
    const text = unit.kind === "text" ? unit : printUnit(unit);
    compiler.add(text);
    // The scaffolding prettier formats starts formatting now (on a worker, format/prettier.ts); everything else is
    // final as printed, and handed on at once when streaming.
    if (isFormatted(text.path)) {
      const formatted = formatUnit(text);
      // Awaited after printing; until then a failure must not count as unhandled.
      formatted.catch(() => undefined);
      formatting.push(formatted);
    } else if (finish) finish(text);
    else printed.push(text);
    if (i % PRINT_BATCH === PRINT_BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  timings["print"] = performance.now() - t;
  return { printed, formatting, planWarnings: plan.warnings };
}

/** From this many operations on, the compiler trades a little time for memory (about 2,000: 60 MB of output). */
const LOW_MEMORY_FROM_OPERATIONS = 2_000;

/** Files printed between two yields to the compiler's completions. */
const PRINT_BATCH = 4;
