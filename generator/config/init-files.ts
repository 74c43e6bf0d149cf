/**
 * `oagen init`: a commented starter `oagen.config.json` (JSON with `//` comments, which oagen reads; or, with
 * `--ts`, an `oagen.config.ts` using `defineConfig`) and one example spec under `specs/`. Refuses to overwrite:
 * if any of the files exists, nothing is written.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const EXAMPLE_SPEC = "specs/example-vault/2024-01-01/Secrets_Get.yaml";

export interface StarterResult {
  written: string[];
  /** Files that already exist (nothing was written). */
  existing: string[];
}

export function writeStarterFiles(cwd: string, options: { typescript?: boolean } = {}): StarterResult {
  const files: [string, string][] = [
    options.typescript ? ["oagen.config.ts", STARTER_TS] : ["oagen.config.json", STARTER_JSON],
    [EXAMPLE_SPEC, EXAMPLE_SPEC_TEXT],
  ];
  const existing = files.map(([file]) => file).filter((file) => existsSync(path.join(cwd, file)));
  if (existing.length > 0) return { written: [], existing };
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), text, { flag: "wx" });
  }
  return { written: files.map(([file]) => file), existing: [] };
}

const STARTER_JSON = `{
  // oagen configuration. JSON with comments; the schema gives your editor completion and checks.
  // Command-line flags override every setting (oagen generate --help).
  "$schema": "./node_modules/oagen/dist/config/oagen.config.schema.json",

  // Spec files or folders, as paths or globs relative to this file. A folder is read as
  // <service>/<api-version>/<Operation>.yaml: the folder name is the service (the package entry <name>/<service>).
  "specs": ["specs"],

  // The output folder: a complete npm package (sources, JavaScript, declarations, source maps, mocks).
  "out": "generated",

  // The generated package. "version": a semver string, or "bump" / absent to keep the previous output's
  // version (0.1.0 the first time).
  "name": "my-azure-clients",
  "version": "0.1.0",
  "description": "Typed clients, validators and mocks for our Azure key operations",
  "license": "MIT"

  // Settings per service (all optional but "service"):
  // "services": [
  //   {
  //     "service": "example-vault",
  //     "operations": ["Secrets_Get"],          // only these operationIds
  //     "clientName": "ExampleVaultClient",     // the client class (default: from info.title)
  //     "credentialScopes": ["https://vault.azure.net/.default"], // when the spec declares none
  //     "apiVersions": ["2024-01-01"]           // only these api-version folders
  //   }
  // ]
}
`;

const STARTER_TS = `// oagen configuration (oagen generate --help lists the flags that override it).
import { defineConfig } from "oagen";

export default defineConfig({
  // Spec files or folders, as paths or globs relative to this file.
  specs: ["specs"],
  // The output folder: a complete npm package.
  out: "generated",
  // The generated package; version "bump" or absent keeps the previous output's version (0.1.0 the first time).
  name: "my-azure-clients",
  version: "0.1.0",
  description: "Typed clients, validators and mocks for our Azure key operations",
  license: "MIT",
  // Settings per service:
  // services: [{ service: "example-vault", operations: ["Secrets_Get"], clientName: "ExampleVaultClient" }],
});
`;

const EXAMPLE_SPEC_TEXT = `# An example spec written by \`oagen init\`: one operation of a made-up vault service, enough to see what oagen
# generates. Replace it with your own: specs/<service>/<api-version>/<OperationId>.yaml (OpenAPI 3.x or
# Swagger 2.0 with Azure's x-ms-* extensions).
openapi: 3.1.0
info:
  title: ExampleVaultClient
  version: "2024-01-01"
  description: Reads the current version of a secret.
servers:
  - url: "{vaultBaseUrl}"
    variables:
      vaultBaseUrl:
        default: https://myvault.vault.azure.net
security:
  - aad:
      - https://vault.azure.net/.default
paths:
  /secrets/{secretName}:
    get:
      operationId: Secrets_Get
      description: Gets the latest version of a secret.
      parameters:
        - name: secretName
          in: path
          required: true
          description: The name of the secret.
          schema:
            type: string
            pattern: "^[0-9a-zA-Z-]+$"
            maxLength: 127
        - name: api-version
          in: query
          required: true
          schema:
            type: string
            default: "2024-01-01"
      responses:
        "200":
          description: The secret.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Secret"
        default:
          description: An error.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ErrorResponse"
      x-ms-examples:
        Get a secret:
          parameters:
            secretName: db-password
            api-version: "2024-01-01"
          responses:
            "200":
              body:
                id: https://myvault.vault.azure.net/secrets/db-password/1
                value: "********"
                enabled: true
components:
  securitySchemes:
    aad:
      type: oauth2
      x-oagen-credential-scopes:
        - https://vault.azure.net/.default
      flows:
        implicit:
          authorizationUrl: https://login.microsoftonline.com/common/oauth2/authorize
          scopes:
            https://vault.azure.net/.default: Access the vault
  schemas:
    Secret:
      type: object
      properties:
        id:
          type: string
          description: The secret's identifier.
        value:
          type: string
          x-ms-secret: true
          description: The secret value.
        enabled:
          type: boolean
    ErrorResponse:
      type: object
      properties:
        error:
          type: object
          properties:
            code:
              type: string
            message:
              type: string
`;
