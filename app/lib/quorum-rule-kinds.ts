export const quorumRules = ["each_side_half", "overall_majority", "overall_percent"] as const;
export type QuorumRuleKind = (typeof quorumRules)[number];
export const signatoryRules = ["chairs_and_secretaries", "chairs_only"] as const;
export type SignatoryRule = (typeof signatoryRules)[number];
export const bodyKinds = ["working_group", "conference", "partnership"] as const;
export type BodyKind = (typeof bodyKinds)[number];
