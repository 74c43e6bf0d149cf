/**
 * Device Provisioning's listKeys (`x-ms-pageable` on a POST) across three pages: each next page is a GET of
 * the nextLink exactly as returned, nothing is requested before iteration, byPage() yields whole pages, and a
 * nextLink on another origin is refused before anything is sent there.
 */
import {
  DeviceProvisioningServicesClient,
  iotDpsResourceListKeys,
  RequestValidationError,
  type SharedAccessSignatureAuthorizationRuleListResult,
} from "azure-keys/deviceprovisioningservices";
import { describe, expect, it } from "vitest";
import { rejection } from "../runtime/support/errors.ts";
import { startHttpsServer } from "../runtime/support/https-server.ts";
import { SUBSCRIPTION, useHarness } from "./support/harness.ts";

const harness = useHarness();
const params = { resourceGroupName: "myResourceGroup", provisioningServiceName: "myFirstProvisioningService" };
const firstPage = `/subscriptions/${SUBSCRIPTION}/resourceGroups/myResourceGroup/providers/Microsoft.Devices/provisioningServices/myFirstProvisioningService/listkeys?api-version=2018-01-22`;
const rule = (keyName: string) => ({
  keyName,
  primaryKey: `${keyName}-primary`,
  secondaryKey: `${keyName}-secondary`,
  rights: "ServiceConfig",
});

function serveThreePages(): void {
  const origin = harness.server.origin;
  harness.server.handle((request) => {
    switch (request.url) {
      case firstPage:
        return {
          status: 200,
          body: {
            value: [rule("key1"), rule("key2")],
            nextLink: `${origin}${firstPage.split("?")[0]}?api-version=2018-01-22&$skipToken=Mg%3D%3D`,
          },
        };
      case `${firstPage.split("?")[0]}?api-version=2018-01-22&$skipToken=Mg%3D%3D`:
        return { status: 200, body: { value: [rule("key3")], nextLink: `${origin}/pages/3?token=a%2Fb` } };
      case "/pages/3?token=a%2Fb":
        return { status: 200, body: { value: [rule("key4")] } };
      default:
        return { status: 404, body: { code: "404", message: `unexpected ${request.url}` } };
    }
  });
}

describe("paging", () => {
  it("follows nextLink across three pages, lazily", async () => {
    serveThreePages();
    const options = harness.options();
    const client = new DeviceProvisioningServicesClient({ ...options, subscriptionId: SUBSCRIPTION });
    const rules = client.iotDpsResource.listKeys(params);
    expect(harness.server.requests).toEqual([]);
    expect(options.credential.calls).toEqual([]);
    const names: string[] = [];
    for await (const item of rules) names.push(item.keyName);
    expect(names).toEqual(["key1", "key2", "key3", "key4"]);
    expect(harness.server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST ${firstPage}`,
      `GET ${firstPage.split("?")[0]}?api-version=2018-01-22&$skipToken=Mg%3D%3D`,
      "GET /pages/3?token=a%2Fb",
    ]);
  });

  it("yields whole pages from byPage(), also through the standalone function", async () => {
    serveThreePages();
    const client = new DeviceProvisioningServicesClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
    const pages: SharedAccessSignatureAuthorizationRuleListResult[] = [];
    for await (const page of iotDpsResourceListKeys(client, params).byPage()) pages.push(page);
    expect(pages.map((p) => p.value?.map((r) => r.keyName))).toEqual([["key1", "key2"], ["key3"], ["key4"]]);
  });

  it("refuses a nextLink on another origin before sending (no token leaves)", async () => {
    const elsewhere = await startHttpsServer(() => ({ status: 200, body: { value: [rule("stolen")] } }));
    try {
      harness.server.handle(() => ({
        status: 200,
        body: { value: [rule("key1")], nextLink: `${elsewhere.origin}/collect?page=2` },
      }));
      const options = harness.options();
      const client = new DeviceProvisioningServicesClient({ ...options, subscriptionId: SUBSCRIPTION });
      const rules = client.iotDpsResource.listKeys(params);
      expect((await rules.next()).value).toEqual(rule("key1"));
      const error = await rejection(rules.next());
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error).toMatchObject({ parameter: "nextLink", rule: "same-origin", value: elsewhere.origin });
      expect(elsewhere.requests).toEqual([]);
      expect(options.credential.calls).toHaveLength(1);
    } finally {
      await elsewhere.close();
    }
  });
});
