/** A minimal https client for the `oagen mock --tls` tests: trusts exactly the CA file the server printed. */
import { readFileSync } from "node:fs";
import https from "node:https";

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export function httpsRequest(url: string, options: { method: string; caFile: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: options.method, headers: options.headers, ca: readFileSync(options.caFile) }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text === "" ? undefined : JSON.parse(text) }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}
