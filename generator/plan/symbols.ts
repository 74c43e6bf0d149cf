/**
 * The binder's table: for every symbol a service version exports — keyed by IR id (schema id, operationId,
 * group property) — its name (decided by the model's naming scope) and the file it lives in (decided by the
 * layout). Emitters ask this table through a `FileScope`; none of them knows where another emitter puts a symbol.
 */
import type { IrOperation, IrService, SchemaId } from "../model/ir.js";
import type { ServiceFiles } from "./layout.js";

export interface PlacedSymbol {
  name: string;
  file: string;
}

export class SymbolTable {
  constructor(
    private readonly service: IrService,
    private readonly files: ServiceFiles,
  ) {}

  schemaType(id: SchemaId): PlacedSymbol {
    return { name: this.named(id).typeName, file: this.files.models };
  }

  /** The models module (every schema type, union and request type lives there). */
  modelsFile(): string {
    return this.files.models;
  }

  validator(id: SchemaId): PlacedSymbol {
    return { name: this.named(id).validatorName, file: this.files.validators };
  }

  guard(id: SchemaId): PlacedSymbol {
    return { name: this.named(id).guardName, file: this.files.validators };
  }

  redactor(id: SchemaId): PlacedSymbol {
    return { name: this.named(id).redactorName, file: this.files.redactors };
  }

  clientParametersValidator(): PlacedSymbol {
    return { name: this.service.clientParametersValidatorName, file: this.files.validators };
  }

  parametersValidator(op: IrOperation): PlacedSymbol {
    return { name: op.parametersValidatorName, file: this.files.validators };
  }

  operationFunction(op: IrOperation): PlacedSymbol {
    return { name: op.functionName, file: this.groupFile(op.group) };
  }

  parametersType(op: IrOperation): PlacedSymbol {
    return { name: op.parametersTypeName, file: this.groupFile(op.group) };
  }

  headersType(op: IrOperation): PlacedSymbol | undefined {
    return op.headersTypeName === undefined ? undefined : { name: op.headersTypeName, file: this.groupFile(op.group) };
  }

  client(): PlacedSymbol {
    return { name: this.service.clientName, file: this.files.client };
  }

  groupInterface(property: string): PlacedSymbol {
    const group = this.service.groups.find((g) => g.property === property);
    if (!group) throw new Error(`internal error: no operation group "${property}"`);
    return { name: group.interfaceName, file: this.files.client };
  }

  groupFile(property: string): string {
    const file = this.files.groups.get(property);
    if (!file) throw new Error(`internal error: no file planned for operation group "${property}"`);
    return file;
  }

  private named(id: SchemaId) {
    const named = this.service.schemas[id];
    if (!named) throw new Error(`internal error: no named schema ${id}`);
    return named;
  }
}
