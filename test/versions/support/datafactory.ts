/** The scenario: the next datafactory api-version, with a tightened factoryName pattern and authKey2 gone from the response. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../support/pipeline.ts";

export const DATAFACTORY_SPEC = path.join(REPO_ROOT, "specs/datafactory/2018-06-01/IntegrationRuntimes_RegenerateAuthKey.yaml");
export const TIGHTENED_FACTORY_NAME = "^[A-Za-z][A-Za-z0-9]{2,62}$";

export function datafactoryNextVersion(version: string, text = readFileSync(DATAFACTORY_SPEC, "utf8")): string {
  const start = text.indexOf("        authKey2:\n");
  const end = text.indexOf("\n    CloudError:", start);
  if (start < 0 || end < 0) throw new Error("the datafactory spec no longer has the expected shape");
  let out = text.slice(0, start) + text.slice(end + 1);
  const pattern = out.indexOf("pattern: ", out.indexOf("    factoryName:\n      name: factoryName"));
  out = out.slice(0, pattern) + `pattern: '${TIGHTENED_FACTORY_NAME}'` + out.slice(out.indexOf("\n", pattern));
  return out.replaceAll('authKey2: "**********"', 'authKey1: "**********"').replaceAll("2018-06-01", version);
}
