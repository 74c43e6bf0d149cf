/**
 * A throwaway TLS certificate for `oagen mock --tls`: self-signed, valid for `localhost`, `127.0.0.1` and `::1`
 * for one day, and marked as a CA so clients can trust it directly. The PEM is written to a fresh temporary
 * folder that the server removes when it stops.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import selfsigned from "selfsigned";

export interface ThrowawayCertificate {
  key: string;
  cert: string;
  /** The certificate as a PEM file, to pass to clients as their CA (`NODE_EXTRA_CA_CERTS`, `curl --cacert`). */
  caFile: string;
  remove(): void;
}

export function createThrowawayCertificate(): ThrowawayCertificate {
  const pems = selfsigned.generate([{ name: "commonName", value: "oagen mock (throwaway)" }], {
    days: 1,
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", keyCertSign: true, digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  const dir = mkdtempSync(path.join(tmpdir(), "oagen-mock-"));
  const caFile = path.join(dir, "ca.pem");
  writeFileSync(caFile, pems.cert, { mode: 0o644 });
  return { key: pems.private, cert: pems.cert, caFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
