/**
 * The build fails when an emitter writes IR text (descriptions, names, paths, patterns…) into output without
 * an escape function. Every file under generator/emit/ is checked — emitters added later included — except
 * the escape module itself. The lint is checked first against probe emitters: raw uses are found, escaped
 * ones pass.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";
import { findRawIrText } from "./support/raw-ir-text.ts";

const EMIT_DIR = path.join(REPO_ROOT, "generator/emit");
const ESCAPE_DIR = path.join(EMIT_DIR, "escape");
const IR_FILE = path.join(REPO_ROOT, "generator/model/ir.ts");
const TEMPLATES_FILE = path.join(EMIT_DIR, "templates.ts");

/**
 * Template literals that read IR text but build values that never reach output as they are: each was read
 * and its value followed by hand. Keyed by file, enclosing function and the read. (Fixture synthesis lives in
 * generator/plan/fixtures/: its values reach output only through JSON.stringify and the emitters' valueLiteral.)
 */
const REVIEWED: Record<string, string> = {
  "generator/emit/validators/checks.ts stringChecks: schema.pattern.source": "a check message: the writers emit messages with stringLiteral",
  "generator/emit/validators/checks.ts stringChecks: schema.format": "a check message: the writers emit messages with stringLiteral",
  "generator/emit/validators/plan.ts patternKey: pattern.js": "a Map key that deduplicates patterns; the pattern is emitted with regexLiteral",
  "generator/emit/package-files.ts emitPackageFiles: pkg.name": "package.json.hbs writes it with the json helper; the README entry names built from it go through markdownCode and, in samples, stringLiteral",
  "generator/emit/package-files.ts emitPackageFiles: pkg.version": "package.json.hbs writes it with the json helper",
  "generator/emit/package-files.ts emitPackageFiles: pkg.description": "package.json.hbs writes it with the json helper (the README gets markdownCell)",
  "generator/emit/package-files.ts emitPackageFiles: pkg.license": "package.json.hbs writes it with the json helper (the README gets markdownCell)",
};

const emitterFiles = readdirSync(EMIT_DIR, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".ts"))
  .map((e) => path.join(e.parentPath, e.name))
  .filter((f) => !f.startsWith(ESCAPE_DIR + path.sep))
  .sort();

/** A probe emitter, as if it lived in generator/emit/. */
const PROBE = path.join(EMIT_DIR, "__lint-probe__.ts");
const probe = (body: string) => `
import { StructureKind, type CodeBlockWriter, type InterfaceDeclarationStructure } from "ts-morph";
import type { IrNamedSchema, IrOperation, IrService } from "../model/ir.js";
import { identifier, jsDocText, markdownCell, stringLiteral, typeMemberKey } from "./escape/index.js";
import { renderReadme } from "./templates.js";
${body}
`;
const lintProbe = (body: string) =>
  findRawIrText({ files: [], escapeDir: ESCAPE_DIR, irFile: IR_FILE, templatesFile: TEMPLATES_FILE, virtualFiles: { [PROBE]: probe(body) } }).map((v) => `${v.sink}: ${v.read}`);

describe("no raw IR text in emitters", () => {
  it("finds raw IR text in templates, concatenations, writer calls, ts-morph structures and handlebars contexts", () => {
    expect(
      lintProbe(`
        export const a = (op: IrOperation) => \`/** \${op.description} */\`;
        export const b = (op: IrOperation) => "const path = '" + op.path + "';";
        export const c = (op: IrOperation) => \`\${(op.summary ?? op.operationId).trim()}\`;
        export const d = (op: IrOperation) => { const text = op.operationId; return \`// \${text}\`; };
        export const e = (w: CodeBlockWriter, op: IrOperation) => w.writeLine(op.path);
        export const f = (n: IrNamedSchema): InterfaceDeclarationStructure => ({ kind: StructureKind.Interface, name: n.originalName, docs: [n.schema.description ?? ""] });
        export const g = (s: IrService) => \`\${s.title} \${s.operations.map((o) => o.parameters.map((p) => p.name).join(", "))}\`;
        export const h = (services: IrService[]) => renderReadme({ packageName: "p", services: services.map((s) => ({ entry: s.name, clientName: s.clientName, operations: "", specFile: s.specFile, apiVersion: markdownCell(s.apiVersion) })) });
      `),
    ).toEqual([
      "template: op.description",
      "concatenation: op.path",
      "template: op.summary",
      "template: op.operationId",
      "template: op.operationId",
      "writer: op.path",
      "structure: n.originalName",
      "structure: n.schema.description",
      "template: s.title",
      "template: p.name",
      "handlebars: s.specFile",
    ]);
  });

  it("passes escaped text, names from the naming module and internal error messages", () => {
    expect(
      lintProbe(`
        export const a = (op: IrOperation) => \`/** \${jsDocText(op.description ?? "")} */\`;
        export const b = (op: IrOperation) => "const path = " + stringLiteral(op.path) + ";";
        export const c = (op: IrOperation) => { const label = jsDocText(op.operationId); return \`// \${label}\`; };
        export const d = (w: CodeBlockWriter, op: IrOperation) => w.writeLine(\`\${identifier(op.functionName)}(\${stringLiteral(op.path)});\`);
        export const e = (n: IrNamedSchema): InterfaceDeclarationStructure => ({ kind: StructureKind.Interface, name: identifier(n.typeName), properties: [], docs: [jsDocText(n.originalName)] });
        export const f = (s: IrService) => \`src/\${s.name}/models.ts\`;
        export const g = (op: IrOperation) => { throw new Error(\`\${op.operationId} at \${op.pointer} is not supported\`); };
        export const h = (n: IrNamedSchema) => n.schema.kind === "object" ? n.schema.properties.map((p) => \`\${typeMemberKey(p.name)}: string;\`).join(" ") : "";
        export const i = (services: IrService[]) => renderReadme({ packageName: "p", services: services.map((s) => ({ entry: s.name, clientName: s.clientName, operations: "", specFile: markdownCell(s.specFile), apiVersion: markdownCell(s.apiVersion) })) });
      `),
    ).toEqual([]);
  });

  it(`finds none in generator/emit (${emitterFiles.length} files) beyond the reviewed exceptions`, () => {
    expect(emitterFiles.length).toBeGreaterThan(5);
    const violations = findRawIrText({ files: emitterFiles, escapeDir: ESCAPE_DIR, irFile: IR_FILE, templatesFile: TEMPLATES_FILE });
    const key = (v: { file: string; within: string; read: string }) => `${v.file} ${v.within}: ${v.read}`;
    const unexpected = violations.filter((v) => !(key(v) in REVIEWED)).map((v) => `${v.file}:${v.line}:${v.column} ${v.sink} in ${v.within || "module"}: ${v.read}`);
    expect(unexpected).toEqual([]);
    // An exception that no longer matches anything is removed, so the list stays an accurate review record.
    const stale = Object.keys(REVIEWED).filter((k) => !violations.some((v) => key(v) === k));
    expect(stale).toEqual([]);
  });
});
