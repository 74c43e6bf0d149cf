/**
 * Bundling: the root spec file and every file its `$ref`s reach → one document with only local refs.
 *
 * - A relative `$ref` is resolved from the location of the file that holds it, and only inside the spec root
 *   (spec-root.ts refuses absolute paths, URLs and escapes before anything is read).
 * - Definition names are kept: `../types.json#/definitions/ErrorDetail` becomes `#/definitions/ErrorDetail`;
 *   a name already taken by something else gets `_2`, and a name OpenAPI does not allow is sanitised by the
 *   naming module (the original name is kept in `originalNames` and reported once as a warning).
 * - Loading follows only what is reached: from the selected operations when there are any (so a partial
 *   checkout works), else from the whole root file. Files are read on first use, once each; a subtype
 *   (`allOf` of a reached base that has a `discriminator`) in a file already read is reached too.
 * - Recursive definitions (common-types `ErrorDetail.details: ErrorDetail[]`) are copied once; refs stay refs.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import { isValidDefinitionName, sanitizeDefinitionName, uniqueDefinitionName } from "../naming/index.js";
import { appendPointer, pointerFromTokens, resolvePointer, tokensFromPointer } from "../util/json-pointer.js";
import { LOAD_LIMITS } from "./limits.js";
import { readSource } from "./read-source.js";
import type { Locate } from "./source-map.js";
import { resolveRefTarget } from "./spec-root.js";

export interface SourceFile {
  absolutePath: string;
  /** Path as shown in diagnostics. */
  display: string;
  data: Record<string, unknown>;
  locate: Locate;
}

export interface BundleInput {
  root: SourceFile;
  specRoot: string;
  /** Paths of the selected operations in the root (`#/paths/…/post`); undefined: every operation. */
  operationPointers?: ReadonlySet<string>;
  /** Turns an absolute path into the path shown in diagnostics. */
  display: (absolutePath: string) => string;
}

export interface BundleResult {
  document: Record<string, unknown>;
  /** Named-schema id in the bundle → the name its file gave it, where the two differ. */
  originalNames: Record<string, string>;
  /** Absolute paths of the other files read. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Top-level places whose entries are named and referred to (`#/definitions/X`, `#/components/schemas/X`). */
const SWAGGER_CONTAINERS = new Set(["definitions", "parameters", "responses"]);
const SCHEMA_CONTAINERS = ["definitions", "components/schemas"];
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

interface EntryKey {
  container: string[];
  name: string;
  rest: string[];
}

export async function bundleSpec(input: BundleInput): Promise<BundleResult> {
  const bundler = new Bundler(input);
  return bundler.run();
}

class Bundler {
  private readonly files = new Map<string, SourceFile | null>();
  /** `file \0 container \0 name` → name in the bundle. */
  private readonly names = new Map<string, string>();
  /** container → names taken in the bundle. */
  private readonly taken = new Map<string, Set<string>>();
  /** container → name → copied entry (insertion order is the output order). */
  private readonly output = new Map<string, Map<string, unknown>>();
  private readonly pending: { file: SourceFile; key: EntryKey; outName: string }[] = [];
  private readonly inlining = new Set<string>();
  private readonly includedIds = new Set<string>();
  private copied = 0;
  private tooLarge = false;
  private readonly originalNames: Record<string, string> = {};
  private readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly input: BundleInput) {
    this.files.set(input.root.absolutePath, input.root);
  }

  async run(): Promise<BundleResult> {
    const { root } = this.input;
    // Root entries keep their names (sanitised when invalid); they are claimed first so imports never take them.
    for (const container of containersOf(root.data)) {
      const entries = resolveTokens(root.data, container);
      for (const name of isRecord(entries) ? Object.keys(entries) : []) this.nameFor(root, container, name);
    }
    const document: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(root.data)) {
      if (SWAGGER_CONTAINERS.has(key)) continue;
      if (key === "paths" || key === "x-ms-paths") {
        setOwn(document, key, await this.copyPaths(value, key));
      } else if (key === "components" && isRecord(value)) {
        const components: Record<string, unknown> = {};
        for (const [sub, entries] of Object.entries(value)) if (!isRecord(entries)) setOwn(components, sub, await this.copy(entries, root, appendPointer("#/components", sub)));
        setOwn(document, key, components);
      } else {
        setOwn(document, key, await this.copy(value, root, appendPointer("#", key)));
      }
    }
    for (const container of containersOf(root.data)) {
      if (this.input.operationPointers !== undefined && container.join("/") !== "components/securitySchemes") continue;
      {
        const entries = resolveTokens(root.data, container);
        for (const name of isRecord(entries) ? Object.keys(entries) : []) this.include(root, { container, name, rest: [] });
      }
    }
    await this.drain();
    await this.includeSubtypes();
    this.assemble(document);
    return { document, originalNames: this.originalNames, files: [...this.files.keys()].filter((f) => f !== root.absolutePath).sort(), diagnostics: this.diagnostics };
  }

  private async copyPaths(paths: unknown, key: string): Promise<unknown> {
    const { root, operationPointers } = this.input;
    if (!isRecord(paths)) return paths;
    const out: Record<string, unknown> = {};
    for (const [path, item] of Object.entries(paths)) {
      const itemPointer = appendPointer("#", key, path);
      if (!isRecord(item)) continue;
      const kept = Object.keys(item).filter((k) => !METHODS.has(k) || operationPointers === undefined || operationPointers.has(appendPointer(itemPointer, k)));
      if (!kept.some((k) => METHODS.has(k))) continue;
      const copied: Record<string, unknown> = {};
      for (const k of kept) setOwn(copied, k, await this.copy(item[k], root, appendPointer(itemPointer, k)));
      setOwn(out, path, copied);
    }
    return out;
  }

  /** A deep copy of `node` (found in `file` at `pointer`) with every `$ref` rewritten to the bundle. */
  private async copy(node: unknown, file: SourceFile, pointer: string): Promise<unknown> {
    // Inlined refs (places that are not named definitions) are copied where used: bound the total work.
    if (this.tooLarge) return null;
    if (this.inlining.size > 0 && ++this.copied > LOAD_LIMITS.maxInlinedValues) {
      if (!this.tooLarge) this.error(file, pointer, "document-too-large", `The places this spec refers to inside other files (not named definitions) add up to more than ${LOAD_LIMITS.maxInlinedValues} values once copied in.`, "Refer to named definitions (definitions/…, components/schemas/…) instead of places inside other files.");
      this.tooLarge = true;
      return null;
    }
    if (node === null || typeof node !== "object") return node;
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      for (let i = 0; i < node.length; i++) out.push(await this.copy(node[i], file, appendPointer(pointer, i)));
      return out;
    }
    const record = node as Record<string, unknown>;
    let out: Record<string, unknown> = {};
    if (typeof record["$ref"] === "string") {
      const rewritten = await this.rewriteRef(record["$ref"], file, pointer);
      if (typeof rewritten === "string") out["$ref"] = rewritten;
      else if (isRecord(rewritten.inline)) out = Object.fromEntries(Object.entries(rewritten.inline));
      else return rewritten.inline; // a ref to a non-object place: the value itself (validation judges it)
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === "$ref" && typeof value === "string") continue;
      // Example data is loaded lazily for the operations kept (examples.ts); copied as written.
      setOwn(out, key, key === "x-ms-examples" ? structuredClone(value) : await this.copy(value, file, appendPointer(pointer, key)));
    }
    return out;
  }

  /** The bundle's ref for a `$ref` written in `file` at `holder`, or a copy to put in its place. */
  private async rewriteRef(ref: string, file: SourceFile, holder: string): Promise<string | { inline: unknown }> {
    let target = file;
    let fragment = ref;
    if (!ref.startsWith("#")) {
      const resolved = resolveRefTarget(ref, file.absolutePath, this.input.specRoot);
      if (!resolved.ok) {
        this.error(file, appendPointer(holder, "$ref"), `ref-${resolved.reason}`, resolved.message, resolved.hint);
        return ref;
      }
      const loaded = await this.loadFile(resolved.absolutePath, file, appendPointer(holder, "$ref"), ref);
      if (!loaded) return ref;
      target = loaded;
      fragment = resolved.fragment;
    }
    let tokens: string[];
    try {
      tokens = tokensFromPointer(fragment);
    } catch {
      this.error(file, appendPointer(holder, "$ref"), "invalid-ref", `\`$ref\` "${ref}" does not end in a JSON pointer (#/…).`, "Write the reference as file.json#/definitions/Name.");
      return ref;
    }
    if (resolvePointer(target.data, fragment) === undefined) {
      this.error(file, appendPointer(holder, "$ref"), "dangling-ref", `\`$ref\` "${ref}" points at nothing${target === file ? " in this file" : ` in ${target.display}`}.`, "Define the target or correct the reference.");
      return ref;
    }
    const key = entryKeyOf(tokens);
    if (key) {
      const outName = this.include(target, key);
      return pointerFromTokens([...key.container, outName, ...key.rest]);
    }
    if (target === this.input.root) return fragment; // a place inside the root's own tree, copied with it
    // Not a named entry (a whole file, or a place inside another file's tree): copied in place of the ref.
    const inlineKey = `${target.absolutePath}\0${fragment}`;
    if (this.inlining.has(inlineKey)) {
      this.error(file, appendPointer(holder, "$ref"), "ref-loop", `\`$ref\` "${ref}" refers back into itself through a place that is not a named definition.`, "Move the recursive schema into definitions (or components/schemas) and refer to it there.");
      return ref;
    }
    this.inlining.add(inlineKey);
    const inline = await this.copy(resolvePointer(target.data, fragment), target, fragment);
    this.inlining.delete(inlineKey);
    return { inline };
  }

  /** Marks an entry as part of the bundle (copied later, once) and returns its name there. */
  private include(file: SourceFile, key: EntryKey): string {
    const id = `${file.absolutePath}\0${key.container.join("/")}\0${key.name}`;
    const known = this.names.get(id);
    const outName = known ?? this.nameFor(file, key.container, key.name);
    this.includedIds.add(id);
    const bucket = this.bucket(key.container);
    if (!bucket.has(outName)) {
      bucket.set(outName, undefined);
      this.pending.push({ file, key, outName });
    }
    return outName;
  }

  private nameFor(file: SourceFile, container: string[], name: string): string {
    const id = `${file.absolutePath}\0${container.join("/")}\0${name}`;
    const known = this.names.get(id);
    if (known !== undefined) return known;
    const takenHere = this.taken.get(container.join("/")) ?? new Set<string>();
    this.taken.set(container.join("/"), takenHere);
    // Only schema names are sanitised (refs name them); other entries keep their names for validation to judge.
    const valid = !SCHEMA_CONTAINERS.includes(container.join("/")) || isValidDefinitionName(name);
    const outName = uniqueDefinitionName(valid ? name : sanitizeDefinitionName(name), (n) => takenHere.has(n));
    takenHere.add(outName);
    this.names.set(id, outName);
    if (outName !== name && SCHEMA_CONTAINERS.includes(container.join("/"))) this.originalNames[pointerFromTokens([...container, outName])] = name;
    if (!valid) {
      const at = pointerFromTokens([...container, name]);
      this.warning(file, at, "invalid-definition-name", `"${name}" is not a valid ${container.join("/")} name (letters, digits, ".", "-" and "_" only); it is read as "${outName}".`, "Rename the definition in the spec; generated type names are derived from the original name either way.");
    }
    return outName;
  }

  private bucket(container: string[]): Map<string, unknown> {
    const key = container.join("/");
    let bucket = this.output.get(key);
    if (!bucket) this.output.set(key, (bucket = new Map()));
    return bucket;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const { file, key, outName } = this.pending.shift()!;
      const pointer = pointerFromTokens([...key.container, key.name]);
      this.bucket(key.container).set(outName, await this.copy(resolvePointer(file.data, pointer), file, pointer));
    }
  }

  /** Swagger 2.0 polymorphism: a definition that extends (`allOf`) a reached base with a discriminator is reached. */
  private async includeSubtypes(): Promise<void> {
    for (let changed = true; changed; ) {
      changed = false;
      for (const file of this.files.values()) {
        if (!file) continue;
        const definitions = file.data["definitions"];
        if (!isRecord(definitions)) continue;
        for (const [name, definition] of Object.entries(definitions)) {
          if (this.isIncluded(file, ["definitions"], name) || !isRecord(definition) || !Array.isArray(definition["allOf"])) continue;
          const extendsReachedBase = definition["allOf"].some((member) => {
            if (!isRecord(member) || typeof member["$ref"] !== "string") return false;
            const base = this.peekRef(member["$ref"], file);
            if (!base || !this.isIncluded(base.file, base.key.container, base.key.name)) return false;
            const node = resolvePointer(base.file.data, pointerFromTokens([...base.key.container, base.key.name]));
            return isRecord(node) && node["discriminator"] !== undefined;
          });
          if (extendsReachedBase) {
            this.include(file, { container: ["definitions"], name, rest: [] });
            changed = true;
          }
        }
      }
      await this.drain();
    }
  }

  /** Where a ref points, for files already read (never reads or reports). */
  private peekRef(ref: string, file: SourceFile): { file: SourceFile; key: EntryKey } | undefined {
    let target: SourceFile | null | undefined = file;
    let fragment = ref;
    if (!ref.startsWith("#")) {
      const resolved = resolveRefTarget(ref, file.absolutePath, this.input.specRoot);
      if (!resolved.ok) return undefined;
      target = this.files.get(resolved.absolutePath);
      fragment = resolved.fragment;
    }
    if (!target) return undefined;
    try {
      const key = entryKeyOf(tokensFromPointer(fragment));
      return key ? { file: target, key } : undefined;
    } catch {
      return undefined;
    }
  }

  private isIncluded(file: SourceFile, container: string[], name: string): boolean {
    return this.includedIds.has(`${file.absolutePath}\0${container.join("/")}\0${name}`);
  }

  private async loadFile(absolutePath: string, from: SourceFile, at: string, ref: string): Promise<SourceFile | undefined> {
    if (this.files.has(absolutePath)) return this.files.get(absolutePath) ?? undefined;
    if (this.files.size > LOAD_LIMITS.maxReferencedFiles) {
      this.error(from, at, "too-many-files", `The spec reaches more than ${LOAD_LIMITS.maxReferencedFiles} other files through \`$ref\`.`, "Generate fewer operations at a time (--operation), or check the references.");
      this.files.set(absolutePath, null);
      return undefined;
    }
    const display = this.input.display(absolutePath);
    const source = await readSource(display, absolutePath);
    if (Array.isArray(source)) {
      const missing = source.length === 1 && source[0]!.code === "unreadable-file";
      if (missing) {
        this.error(from, at, "missing-ref-file", `\`$ref\` "${ref}" names ${display}, which cannot be read (${source[0]!.message.replace(/^The file cannot be read \((.*)\)\.$/, "$1")}).`, "Add the referenced file to the checkout, or generate only operations that do not need it (--operation).");
      } else {
        this.diagnostics.push(...source);
      }
      this.files.set(absolutePath, null);
      return undefined;
    }
    if (!isRecord(source.data)) {
      this.error(from, at, "invalid-ref-file", `\`$ref\` "${ref}" names ${display}, which does not hold a JSON/YAML mapping.`, "Refer to an OpenAPI document or a file of definitions.");
      this.files.set(absolutePath, null);
      return undefined;
    }
    const file: SourceFile = { absolutePath, display, data: source.data, locate: source.locate };
    this.files.set(absolutePath, file);
    return file;
  }

  private assemble(document: Record<string, unknown>): void {
    const components = isRecord(document["components"]) ? document["components"] : undefined;
    for (const [container, entries] of [...this.output].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const object = Object.fromEntries([...entries].filter(([, v]) => v !== undefined));
      if (container.startsWith("components/")) {
        const target = components ?? (document["components"] = {} as Record<string, unknown>);
        setOwn(target as Record<string, unknown>, container.slice("components/".length), object);
      } else {
        setOwn(document, container, object);
      }
    }
  }

  private error(file: SourceFile, pointer: string, code: string, message: string, hint: string): void {
    this.diagnostics.push({ severity: "error", code, file: file.display, pointer, ...file.locate(pointer), message, hint });
  }

  private warning(file: SourceFile, pointer: string, code: string, message: string, hint: string): void {
    this.diagnostics.push({ severity: "warning", code, file: file.display, pointer, ...file.locate(pointer), message, hint });
  }
}

/** `#/definitions/X/properties/y` → container `definitions`, name `X`, rest `properties/y`. */
function entryKeyOf(tokens: string[]): EntryKey | undefined {
  if (tokens.length >= 2 && SWAGGER_CONTAINERS.has(tokens[0]!)) return { container: [tokens[0]!], name: tokens[1]!, rest: tokens.slice(2) };
  if (tokens.length >= 3 && tokens[0] === "components") return { container: tokens.slice(0, 2), name: tokens[2]!, rest: tokens.slice(3) };
  return undefined;
}

/** The containers of named entries a document has. */
function containersOf(data: Record<string, unknown>): string[][] {
  const out: string[][] = [];
  for (const key of SWAGGER_CONTAINERS) if (isRecord(data[key])) out.push([key]);
  const components = data["components"];
  if (isRecord(components)) for (const [sub, value] of Object.entries(components)) if (isRecord(value)) out.push(["components", sub]);
  return out;
}

function resolveTokens(data: unknown, tokens: string[]): unknown {
  return resolvePointer(data, pointerFromTokens(tokens));
}

/** `obj[key] = value` as an own data property, even for keys such as `__proto__` (spec keys are data). */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
