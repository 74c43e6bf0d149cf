export * as apimanagement from "./apimanagement/index.js";
export * as datafactory from "./datafactory/index.js";
export * as deviceprovisioningservices from "./deviceprovisioningservices/index.js";
export * as machinelearningservices from "./machinelearningservices/index.js";
export * as purviewScanning from "./purview-scanning/index.js";
/** The services of this package: each is an entry of its own (`<package>/<service>`) and a namespace here. */
export declare const services: readonly string[];
//# sourceMappingURL=index.d.ts.map
