/**
 * Writes a synthetic OpenAPI 3.1 spec of N operations cloned from the five fragments in specs/.
 *
 *   node --import tsx bench/synthetic/make.ts --operations 1000 --out /tmp/ops-1000.yaml [--group-size 10] [--format yaml|json] [--swagger2]
 *
 * --swagger2 writes the same operations as Swagger 2.0 with Azure's extensions (see to-swagger2.ts).
 * Without --out the spec goes to stdout. See synthetic-spec.ts for how the copies are made.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { makeSyntheticSpec, printSyntheticSpec } from "./synthetic-spec.js";
import { toSwagger2 } from "./to-swagger2.js";

const { values } = parseArgs({
  options: {
    operations: { type: "string", short: "n" },
    out: { type: "string", short: "o" },
    "group-size": { type: "string" },
    format: { type: "string" },
    title: { type: "string" },
    swagger2: { type: "boolean" },
  },
  strict: true,
});
const operations = Number(values.operations ?? "1000");
const groupSize = values["group-size"] === undefined ? undefined : Number(values["group-size"]);
const format = values.format ?? (values.out?.endsWith(".json") ? "json" : "yaml");
if (format !== "yaml" && format !== "json") {
  console.error(`--format must be yaml or json, not ${format}`);
  process.exit(2);
}
let text: string;
try {
  const doc = makeSyntheticSpec({ operations, ...(groupSize !== undefined ? { groupSize } : {}), ...(values.title ? { title: values.title } : {}) });
  text = printSyntheticSpec(values.swagger2 ? toSwagger2(doc) : doc, format);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
if (values.out) {
  mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  writeFileSync(values.out, text);
} else {
  process.stdout.write(text);
}
