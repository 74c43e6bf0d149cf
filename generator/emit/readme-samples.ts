/**
 * The code samples of the generated README, one per service, built from the IR: a client with a credential, one
 * call, error handling, paging (when an operation pages), logging and a test with the mocks. Every spec value
 * reaches the sample through the escape helpers (string and value literals; identifiers come from the naming
 * module), and a literal never holds a newline, so no spec text can end the Markdown code fence.
 */
import type { IrExample, IrOperation, IrService } from "../model/ir.js";
import { objectLiteralKey, stringLiteral, valueLiteral } from "./escape/index.js";

export interface ServiceSample {
  /** TypeScript code, already escaped. */
  code: string;
  /** A paging sample, when the service has a paged operation. */
  paging?: string;
}

export function buildServiceSample(service: IrService, entry: string): ServiceSample {
  const op = service.operations.find((o) => !o.lro && !o.paging) ?? service.operations[0];
  const options = clientOptionsLiteral(service);
  const call = op ? callExpression(op) : undefined;
  const lines = [
    `import { DefaultAzureCredential } from "@azure/identity";`,
    `import { ${service.clientName}, isRestError } from ${stringLiteral(entry)};`,
    ``,
    `const client = new ${service.clientName}({ credential: new DefaultAzureCredential()${options} });`,
    ...(call
      ? [
          `try {`,
          `  const result = await ${call};`,
          `  console.log(result);`,
          `} catch (error) {`,
          `  // A bad parameter fails before anything is sent (RequestValidationError); a service error is a RestError.`,
          `  if (isRestError(error)) console.error(error.statusCode, error.code);`,
          `  else throw error;`,
          `}`,
        ]
      : []),
  ];
  const paged = service.operations.find((o) => o.paging && !o.lro);
  return {
    code: lines.join("\n"),
    ...(paged ? { paging: [`for await (const item of ${pagedExpression(paged)}) {`, `  console.log(item);`, `}`].join("\n") } : {}),
  };
}

/** The test sample: the same client on the mock HTTP client and the fake credential. */
export function buildTestSample(service: IrService, entry: string): string {
  const op = service.operations.find((o) => !o.lro && !o.paging) ?? service.operations[0];
  const lines = [
    `import { ${service.clientName} } from ${stringLiteral(entry)};`,
    `import { createMockHttpClient, createTestCredential } from ${stringLiteral(entry + "/mocks")};`,
    ``,
    `const httpClient = createMockHttpClient();`,
    `const client = new ${service.clientName}({ credential: createTestCredential(), httpClient${clientOptionsLiteral(service)} });`,
    ...(op ? [`await ${op.paging ? `${pagedExpression(op)}.next()` : callExpression(op)}; // answered from the documented sample, offline`, `console.log(httpClient.calls.length); // 1`] : []),
  ];
  return lines.join("\n");
}

/** Required client options: the sample's value where the first documented example has one, else a placeholder. */
function clientOptionsLiteral(service: IrService): string {
  const example = service.operations.flatMap((o) => o.examples)[0];
  const required = service.clientParameters.filter((p) => p.required && !p.isApiVersion);
  return required
    .map((p) => {
      const documented = example && p.name in example.parameters ? example.parameters[p.name] : undefined;
      const value = typeof documented === "string" ? stringLiteral(documented) : placeholder(p.name, p.location === "host");
      return `, ${objectLiteralKey(p.tsName)}: ${value}`;
    })
    .join("");
}

function callExpression(op: IrOperation): string {
  return `client.${op.group}.${op.method}(${paramsLiteral(op)})`;
}

function pagedExpression(op: IrOperation): string {
  return callExpression(op);
}

function paramsLiteral(op: IrOperation): string {
  const example: IrExample | undefined = op.examples[0];
  const entries = op.parameters.filter((p) => p.required).map((p) => `${objectLiteralKey(p.tsName)}: ${example && p.name in example.parameters ? safeLiteral(example.parameters[p.name], () => placeholder(p.name, false)) : placeholder(p.name, false)}`);
  if (op.body?.required) entries.push(`${objectLiteralKey(op.body.tsName)}: ${example?.requestBody !== undefined ? safeLiteral(example.requestBody, () => "{}") : "{}"}`);
  return entries.length === 0 ? "" : `{ ${entries.join(", ")} }`;
}

/** A string literal standing for a value the reader fills in: `"your-subscriptionId"`, `"https://your-endpoint.example"`. */
function placeholder(name: string, isUrl: boolean): string {
  return stringLiteral(isUrl ? `https://your-${name}.example` : `your-${name}`);
}

/** The documented value as a literal, or `fallback` when it cannot be one (a non-finite number). */
function safeLiteral(value: unknown, fallback: () => string): string {
  try {
    return valueLiteral(value);
  } catch {
    return fallback();
  }
}
