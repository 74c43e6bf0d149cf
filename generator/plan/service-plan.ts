/**
 * The plan of one service api-version: its files, its symbol table, the names its modules must not reuse, whether
 * it is the service's default version, the runtime modules the package ships, and its mock fixtures.
 */
import type { IrService } from "../model/ir.js";
import type { ErrorModelSpec } from "../runtime/operation.js";
import type { OperationFixtures } from "./fixtures/fixtures.js";
import type { ServiceFiles } from "./layout.js";
import type { SymbolTable } from "./symbols.js";

export interface ServicePlan {
  service: IrService;
  files: ServiceFiles;
  symbols: SymbolTable;
  /** Whether `azure-keys/<service>` re-exports this version. */
  isDefault: boolean;
  /** Every exported name the IR decided for the service (taken in every file's scope). */
  claimedNames: readonly string[];
  runtimeModules: ReadonlySet<string>;
  /** The error model of every operation, by operationId: how the client reads errors and the mocks write them. */
  errorModels: ReadonlyMap<string, ErrorModelSpec>;
  /** The mock fixtures of every operation (samples and synthesised answers), decided once. */
  fixtures: readonly OperationFixtures[];
}
