/** A `TokenCredential` that hands out a recognisable token and counts how often it was asked. */
import type { AccessToken, TokenCredential } from "@azure/core-auth";

export interface CountingCredential extends TokenCredential {
  readonly token: string;
  readonly calls: string[][];
}

export function countingCredential(token = "test-token-5bd1c0e2a7f94e63"): CountingCredential {
  const calls: string[][] = [];
  return {
    token,
    calls,
    async getToken(scopes: string | string[]): Promise<AccessToken> {
      calls.push(Array.isArray(scopes) ? scopes : [scopes]);
      return { token, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
}
