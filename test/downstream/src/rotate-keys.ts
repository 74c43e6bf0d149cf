/**
 * A downstream package's own key rotation, written against `azure-keys` as any user would: a self-hosted
 * integration runtime's auth keys are read through Purview's scanning endpoint and regenerated through Data
 * Factory's ARM API. Rotation regenerates the key that is not in use, then reads the keys back to confirm the
 * service now hands out the new one. Key values never appear in results or errors.
 */
import type { DataFactoryClient } from "azure-keys/datafactory";
import type { PurviewScanningClient } from "azure-keys/purview-scanning";

export type AuthKeyName = "authKey1" | "authKey2";

export interface IntegrationRuntimeRef {
  resourceGroupName: string;
  factoryName: string;
  integrationRuntimeName: string;
}

export interface RotationClients {
  /** Reads the runtime's keys. */
  purview: PurviewScanningClient;
  /** Regenerates them. */
  dataFactory: DataFactoryClient;
}

export interface RotationResult {
  /** The key that was regenerated. */
  rotated: AuthKeyName;
  /** The key left untouched (the one clients keep using during the rotation). */
  kept: AuthKeyName;
}

export class RotationError extends Error {
  override name = "RotationError";
}

/** Regenerates the key the runtime is not using (`inUse` names the one it is) and checks the result is live. */
export async function rotateIntegrationRuntimeKey(
  clients: RotationClients,
  runtime: IntegrationRuntimeRef,
  inUse: AuthKeyName,
): Promise<RotationResult> {
  const rotated: AuthKeyName = inUse === "authKey1" ? "authKey2" : "authKey1";
  const list = () =>
    clients.purview.integrationRuntimes.listAuthKeys({ integrationRuntimeName: runtime.integrationRuntimeName });

  const before = await list();
  if (before[inUse] === undefined) throw new RotationError(`${inUse} is not set: refusing to rotate the other key`);

  const regenerated = await clients.dataFactory.integrationRuntimes.regenerateAuthKey({
    ...runtime,
    body: { keyName: rotated },
  });
  const fresh = regenerated[rotated];
  if (fresh === undefined) throw new RotationError(`the service did not return the regenerated ${rotated}`);
  if (fresh === before[rotated]) throw new RotationError(`${rotated} did not change`);

  const after = await list();
  if (after[rotated] !== fresh) throw new RotationError(`${rotated} read back does not match the regenerated key`);
  if (after[inUse] !== before[inUse]) throw new RotationError(`${inUse} changed during the rotation`);
  return { rotated, kept: inUse };
}
