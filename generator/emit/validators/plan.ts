/**
 * The validators module's plan, made before any code is written: which named schemas need the request/response
 * direction, which have a discriminator (and so a plain variant), which always pass, and the module-level
 * constants and lifted matchers with their names. Writers (run later, when ts-morph prints) only look things up
 * here, so a name never depends on the order in which bodies are printed.
 */
import type {
  IrCompositeSchema,
  IrNamedSchema,
  IrObjectSchema,
  IrPattern,
  IrSchema,
  IrService,
  SchemaId,
} from "../../model/ir.js";
import { nodesOnCycles } from "./cycles.js";
import { matcherName, patternConstantName, valueSetName } from "./names.js";

/** Enums and property-name lists longer than this are tested with a module-level Set instead of `===` chains. */
export const INLINE_COMPARISON_LIMIT = 8;
/** Named schemas of at most this many nodes (with what they inline) are written inline where referenced. */
const INLINE_SIZE_LIMIT = 24;

export interface Matcher {
  name: string;
  schema: IrSchema;
}

export class ValidatorPlan {
  readonly patterns = new Map<string, { name: string; pattern: IrPattern }>();
  readonly valueSets = new Map<string, { name: string; values: readonly (string | number | boolean)[] }>();
  readonly matchers: Matcher[] = [];
  private readonly matcherBySchema = new Map<IrSchema, string>();
  private readonly directional = new Set<SchemaId>();
  private readonly trivial = new Set<SchemaId>();

  /** Named schemas written inline where they are referenced (see `isInlined`). */
  private readonly inlined = new Set<SchemaId>();
  /** Where `refer` notes names while `recordReferences` runs. */
  private recorder: Set<string> | undefined;

  constructor(readonly service: IrService) {
    this.findTrivial();
    this.findDirectional();
    this.findInlined();
    for (const named of this.namedSchemas()) this.visit(named.schema);
    for (const op of service.operations) {
      for (const param of op.parameters) this.visit(param.schema);
      if (op.body) this.visit(op.body.schema);
    }
  }

  namedSchemas(): IrNamedSchema[] {
    return Object.keys(this.service.schemas)
      .sort()
      .map((id) => this.service.schemas[id]!);
  }

  named(id: SchemaId): IrNamedSchema {
    const named = this.service.schemas[id];
    if (!named) throw new Error(`internal error: schema ${id} is referenced but not in the IR`);
    return named;
  }

  /**
   * True when the schema accepts every value, so no check (and no function) is generated for it: `{}`, a
   * reference to such a schema, an `allOf` of them, an `anyOf` with one, a `oneOf` of exactly one.
   */
  isTrivial(schema: IrSchema): boolean {
    switch (schema.kind) {
      case "unknown":
        return true;
      case "ref":
        return this.trivial.has(schema.ref);
      case "allOf":
        return schema.members.every((m) => this.isTrivial(m));
      case "anyOf":
        return !schema.discriminator && schema.members.some((m) => this.isTrivial(m));
      case "oneOf":
        return !schema.discriminator && schema.members.length === 1 && this.isTrivial(schema.members[0]!);
      default:
        return false;
    }
  }

  /** True when validating the schema depends on the direction (a readOnly/writeOnly property is required). */
  isDirectional(schema: IrSchema): boolean {
    return this.reaches(
      schema,
      (id) => this.directional.has(id),
      (s) => hasDirectionalRequired(s),
    );
  }

  /**
   * Whether references to this named schema are written inline rather than as a call: schemas outside every
   * reference cycle, without a discriminator, small even with what they inline in turn. Saves a call and a
   * path string per reference in the hot loops (an array of `Password`s).
   */
  isInlined(id: SchemaId): boolean {
    return this.inlined.has(id);
  }

  /** Whether an object's undeclared properties are checked (`additionalProperties` false or a real schema). */
  checksExtraProperties(schema: IrObjectSchema): boolean {
    const extra = schema.additionalProperties;
    return extra === false || (extra !== true && !this.isTrivial(extra));
  }

  /**
   * A named schema that dispatches on a discriminator mapping some value to another schema: an object, or an
   * `allOf` whose own object member does (Swagger's `allOf: [ProxyResource]` + `properties` + `discriminator`).
   * Its variants include it through `allOf` and must call the plain check, or dispatch would recurse forever.
   */
  hasPlainVariant(id: SchemaId): boolean {
    const schema = this.named(id).schema;
    const dispatches = (s: IrSchema): boolean =>
      s.kind === "object" && s.discriminator !== undefined && Object.values(s.discriminator.mapping).some((target) => target !== id);
    return dispatches(schema) || (schema.kind === "allOf" && schema.members.some(dispatches));
  }

  patternName(pattern: IrPattern): string {
    return this.refer(this.patterns.get(patternKey(pattern))!.name);
  }

  valueSetName(values: readonly (string | number | boolean)[]): string {
    return this.refer(this.valueSets.get(JSON.stringify(values))!.name);
  }

  matcherFor(schema: IrSchema): string {
    const name = this.matcherBySchema.get(schema);
    if (name === undefined) throw new Error("internal error: composite member without a planned matcher");
    return this.refer(name);
  }

  /**
   * Runs `write` and returns what it returned with every module-level name (check function, matcher, pattern,
   * value set) the code it wrote refers to: a validators module split over several files imports those.
   */
  recordReferences<T>(write: () => T): { result: T; references: Set<string> } {
    const outer = this.recorder;
    const references = new Set<string>();
    this.recorder = references;
    try {
      return { result: write(), references };
    } finally {
      this.recorder = outer;
    }
  }

  /** `name`, noted as referred to by the code being written (see `recordReferences`). */
  refer(name: string): string {
    this.recorder?.add(name);
    return name;
  }

  private visit(schema: IrSchema): void {
    if (this.isTrivial(schema)) return; // no code is written for it, so nothing in it may be planned
    switch (schema.kind) {
      case "string":
        if (schema.pattern) this.addPattern(schema.pattern);
        if (schema.enum) this.addEnum(schema.enum, schema.const);
        break;
      case "number":
      case "integer":
      case "boolean":
        if (schema.enum) this.addEnum(schema.enum, schema.const);
        break;
      case "array":
        this.visit(schema.items);
        break;
      case "object":
        for (const prop of schema.properties) this.visit(prop.schema);
        if (typeof schema.additionalProperties === "object") this.visit(schema.additionalProperties);
        if (this.checksExtraProperties(schema)) this.addValueSet(schema.properties.map((p) => p.name));
        break;
      case "allOf":
        for (const member of schema.members) this.visit(member);
        break;
      case "anyOf":
      case "oneOf":
        this.visitAlternatives(schema);
        break;
      default:
        break;
    }
  }

  private visitAlternatives(schema: IrCompositeSchema): void {
    if (schema.discriminator) return; // dispatched on the discriminator to named schemas: nothing inline
    for (const member of schema.members) {
      if (member.kind !== "ref" && !this.isTrivial(member) && !this.matcherBySchema.has(member)) {
        const name = matcherName(this.matchers.length);
        this.matchers.push({ name, schema: member });
        this.matcherBySchema.set(member, name);
      }
      this.visit(member);
    }
  }

  private addPattern(pattern: IrPattern): void {
    const key = patternKey(pattern);
    if (!this.patterns.has(key)) this.patterns.set(key, { name: patternConstantName(this.patterns.size), pattern });
  }

  /** Whether an enum is tested with a Set: when long, or when a `const` outside it follows (an `===` chain
   * would narrow the value's type so far that comparing it with the const no longer type-checks). */
  enumUsesSet(
    values: readonly (string | number | boolean)[],
    constant: string | number | boolean | undefined,
  ): boolean {
    return values.length > INLINE_COMPARISON_LIMIT || (constant !== undefined && !values.includes(constant));
  }

  private addEnum(
    values: readonly (string | number | boolean)[],
    constant: string | number | boolean | undefined,
  ): void {
    if (this.enumUsesSet(values, constant)) this.addValueSet(values, true);
  }

  private addValueSet(values: readonly (string | number | boolean)[], always = false): void {
    const key = JSON.stringify(values);
    if ((always || values.length > INLINE_COMPARISON_LIMIT) && !this.valueSets.has(key)) {
      this.valueSets.set(key, { name: valueSetName(this.valueSets.size), values });
    }
  }

  /** Fixpoint: named schemas that accept everything (see `isTrivial`), also through references. */
  private findTrivial(): void {
    for (let changed = true; changed;) {
      changed = false;
      for (const named of this.namedSchemas()) {
        if (!this.trivial.has(named.id) && this.isTrivial(named.schema)) {
          this.trivial.add(named.id);
          changed = true;
        }
      }
    }
  }

  private findInlined(): void {
    const onCycles = nodesOnCycles(new Map(this.namedSchemas().map((n) => [n.id, this.refsOf(n.schema)])));
    const candidate = (id: SchemaId): boolean => !onCycles.has(id) && !hasDiscriminator(this.named(id).schema);
    const size = new Map<SchemaId, number>();
    /**
     * Nodes written for a named schema when its inlinable references are written inline too. A chain deeper
     * than the limit cannot fit in it, so the walk stops there (a long chain of references cannot overflow
     * the stack); stopping early only ever overestimates, which means a call instead of inlining.
     */
    const expanded = (id: SchemaId, depth: number): number => {
      if (depth > INLINE_SIZE_LIMIT) return INLINE_SIZE_LIMIT + 1;
      let total = size.get(id);
      if (total === undefined) {
        total = this.countNodes(this.named(id).schema, (ref) => (candidate(ref) ? expanded(ref, depth + 1) : 0));
        size.set(id, total);
      }
      return total;
    };
    for (const named of this.namedSchemas()) {
      if (candidate(named.id) && expanded(named.id, 0) <= INLINE_SIZE_LIMIT) this.inlined.add(named.id);
    }
  }

  private refsOf(schema: IrSchema): SchemaId[] {
    const out: SchemaId[] = [];
    this.reaches(
      schema,
      (id) => (out.push(id), false),
      () => false,
    );
    return out;
  }

  private countNodes(schema: IrSchema, refSize: (id: SchemaId) => number): number {
    switch (schema.kind) {
      case "ref":
        return 1 + refSize(schema.ref);
      case "array":
        return 1 + this.countNodes(schema.items, refSize);
      case "object":
        return (
          1 +
          schema.properties.reduce((sum, p) => sum + this.countNodes(p.schema, refSize), 0) +
          (typeof schema.additionalProperties === "object" ? this.countNodes(schema.additionalProperties, refSize) : 0)
        );
      case "allOf":
      case "anyOf":
      case "oneOf":
        return 1 + schema.members.reduce((sum, m) => sum + this.countNodes(m, refSize), 0);
      default:
        return 1;
    }
  }

  /** Fixpoint over references: a schema is directional if anything it reaches has a directional `required`. */
  private findDirectional(): void {
    for (let changed = true; changed;) {
      changed = false;
      for (const named of this.namedSchemas()) {
        if (this.directional.has(named.id)) continue;
        if (this.reaches(named.schema, (id) => this.directional.has(id), hasDirectionalRequired)) {
          this.directional.add(named.id);
          changed = true;
        }
      }
    }
  }

  /**
   * Walks an inline schema tree (not through refs), skipping what accepts everything (no code is written for
   * it): true if `atRef` holds for a ref or `atNode` for a node.
   */
  private reaches(schema: IrSchema, atRef: (id: SchemaId) => boolean, atNode: (s: IrSchema) => boolean): boolean {
    if (this.isTrivial(schema)) return false;
    if (atNode(schema)) return true;
    switch (schema.kind) {
      case "ref":
        return atRef(schema.ref);
      case "array":
        return this.reaches(schema.items, atRef, atNode);
      case "object":
        return (
          schema.properties.some((p) => this.reaches(p.schema, atRef, atNode)) ||
          (typeof schema.additionalProperties === "object" &&
            this.reaches(schema.additionalProperties, atRef, atNode)) ||
          Object.values(schema.discriminator?.mapping ?? {}).some(atRef)
        );
      case "allOf":
      case "anyOf":
      case "oneOf":
        return (
          schema.members.some((m) => this.reaches(m, atRef, atNode)) ||
          Object.values(schema.discriminator?.mapping ?? {}).some(atRef)
        );
      default:
        return false;
    }
  }
}

function patternKey(pattern: IrPattern): string {
  return `${pattern.flags}/${pattern.js}`;
}

function hasDiscriminator(schema: IrSchema): boolean {
  return (
    (schema.kind === "object" || schema.kind === "allOf" || schema.kind === "anyOf" || schema.kind === "oneOf") &&
    schema.discriminator !== undefined
  );
}

/**
 * A node whose rules depend on the direction: readOnly/writeOnly requiredness, a read-only property (refused in
 * requests), a discriminator with variants (a value this api-version does not list is refused in requests), or an
 * extensible enum.
 */
function hasDirectionalRequired(schema: IrSchema): boolean {
  return (
    (schema.kind === "object" && schema.properties.some((p) => (p.required && (p.schema.readOnly || p.schema.writeOnly)) || (p.schema.readOnly && !p.schema.writeOnly))) ||
    (schema.kind === "object" && schema.discriminator !== undefined && Object.keys(schema.discriminator.mapping).length > 0) ||
    (schema.kind === "string" && schema.extensible === true && schema.enum !== undefined)
  );
}
