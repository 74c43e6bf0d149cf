/** Temporary spec and output folders inside the repository (so generated code resolves @azure/* from its node_modules). */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../support/pipeline.ts";

export interface Workspace {
  root: string;
  specs: string;
  out: string;
  /** Writes `specs/<service>/<version>/<file>`. */
  put(service: string, version: string, file: string, contents: string): string;
  copy(service: string, version: string, from: string): string;
  remove(service: string, version: string): void;
  dispose(): void;
}

export function createWorkspace(prefix: string): Workspace {
  mkdirSync(path.join(REPO_ROOT, "node_modules/.cache"), { recursive: true });
  const root = mkdtempSync(path.join(REPO_ROOT, `node_modules/.cache/${prefix}-`));
  const specs = path.join(root, "specs");
  mkdirSync(specs);
  const put = (service: string, version: string, file: string, contents: string) => {
    const target = path.join(specs, service, version, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
    return target;
  };
  return {
    root,
    specs,
    out: path.join(root, "out"),
    put,
    copy(service, version, from) {
      const target = path.join(specs, service, version, path.basename(from));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(from, target);
      return target;
    },
    remove(service, version) {
      rmSync(path.join(specs, service, version), { recursive: true, force: true });
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
