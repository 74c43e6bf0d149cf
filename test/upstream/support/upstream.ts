/** Azure's upstream spec files behind the five operations (../shared/upstream), and the settings each needs. */
import path from "node:path";
import { REPO_ROOT } from "../../support/pipeline.ts";

export const UPSTREAM_ROOT = path.resolve(REPO_ROOT, "../shared/upstream/azure-rest-api-specs");
const spec = (rel: string) => path.join(UPSTREAM_ROOT, "specification", rel);

export interface UpstreamOperation {
  /** Our fragment under specs/ (service folder name = package entry). */
  fragment: string;
  service: string;
  file: string;
  operationId: string;
  clientName: string;
  credentialScopes?: string[];
}

export const UPSTREAM_OPERATIONS: UpstreamOperation[] = [
  {
    fragment: "specs/purview-scanning/2023-09-01/IntegrationRuntimes_ListAuthKeys.yaml",
    service: "purview-scanning",
    file: spec("purview/data-plane/Azure.Analytics.Purview.Scanning/stable/2023-09-01/scanningService.json"),
    operationId: "IntegrationRuntimes_ListAuthKeys",
    clientName: "PurviewScanningClient",
    credentialScopes: ["https://purview.azure.net/.default"],
  },
  {
    fragment: "specs/datafactory/2018-06-01/IntegrationRuntimes_RegenerateAuthKey.yaml",
    service: "datafactory",
    file: spec("datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/datafactory.json"),
    operationId: "IntegrationRuntimes_RegenerateAuthKey",
    clientName: "DataFactoryClient",
  },
  {
    fragment: "specs/apimanagement/2024-05-01/TenantAccess_ListSecrets.yaml",
    service: "apimanagement",
    file: spec("apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/apimtenant.json"),
    operationId: "TenantAccess_ListSecrets",
    clientName: "ApiManagementClient",
  },
  {
    fragment: "specs/machinelearningservices/2024-10-01/Workspaces_ListKeys.yaml",
    service: "machinelearningservices",
    file: spec("machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2024-10-01/workspaceRP.json"),
    operationId: "Workspaces_ListKeys",
    clientName: "MachineLearningServicesClient",
  },
  {
    fragment: "specs/deviceprovisioningservices/2018-01-22/IotDpsResource_ListKeys.yaml",
    service: "deviceprovisioningservices",
    file: spec("deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2018-01-22/iotdps.json"),
    operationId: "IotDpsResource_ListKeys",
    clientName: "DeviceProvisioningServicesClient",
  },
];

export function upstreamOperation(service: string): UpstreamOperation {
  return UPSTREAM_OPERATIONS.find((o) => o.service === service)!;
}
