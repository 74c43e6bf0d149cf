/**
 * `IntegrationRuntimes_RegenerateAuthKey` → group `IntegrationRuntimes`, method `RegenerateAuthKey`
 * (Azure's `Group_Method` convention). Without `_`, the whole id is the method of the default group.
 */
export function splitOperationId(operationId: string): { group: string; method: string } {
  const idx = operationId.indexOf("_");
  if (idx <= 0 || idx === operationId.length - 1) return { group: "", method: operationId };
  return { group: operationId.slice(0, idx), method: operationId.slice(idx + 1) };
}
