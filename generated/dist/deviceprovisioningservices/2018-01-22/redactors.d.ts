import type { SharedAccessSignatureAuthorizationRule, SharedAccessSignatureAuthorizationRuleListResult } from "./models.js";
/** A deep copy of a {@link SharedAccessSignatureAuthorizationRule} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactSharedAccessSignatureAuthorizationRule(value: SharedAccessSignatureAuthorizationRule): SharedAccessSignatureAuthorizationRule;
/** A deep copy of a {@link SharedAccessSignatureAuthorizationRuleListResult} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactSharedAccessSignatureAuthorizationRuleListResult(value: SharedAccessSignatureAuthorizationRuleListResult): SharedAccessSignatureAuthorizationRuleListResult;
//# sourceMappingURL=redactors.d.ts.map
