/**
 * Prints one SHA-256 over every mock file `emitMocks` produces for the specs (run in a child process by the
 * determinism test, so a second, fresh process must reproduce the bytes). Optional argument: the seed.
 */
import { createHash } from "node:crypto";
import { buildServiceFixtures } from "../../../generator/plan/fixtures/fixtures.ts";
import { loadAllServices } from "../../support/pipeline.ts";

export async function fixtureDigest(seed?: string): Promise<string> {
  const services = await loadAllServices();
  const hash = createHash("sha256");
  for (const name of Object.keys(services).sort()) {
    hash.update(JSON.stringify(buildServiceFixtures(services[name]!, seed).map((op) => op.fixtures)));
  }
  return hash.digest("hex");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write((await fixtureDigest(process.argv[2])) + "\n");
}
