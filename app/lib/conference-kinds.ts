// The words of a conference (issue 12): its programme, its registrations, its outcome document.

/** A programme item: a plenary or working session, a panel discussion, a break. */
export const programmeItemKinds = ["session", "panel", "break"] as const;
export type ProgrammeItemKind = (typeof programmeItemKinds)[number];

/** Who takes part in a programme item. */
export const speakerRoles = ["moderator", "speaker"] as const;
export type SpeakerRole = (typeof speakerRoles)[number];

/**
 * The kinds of organisation participants come from, as the round table's recommendations count them
 * (sources/001: ministries and agencies, employers' unions, staffing agencies, education, the expert community).
 */
export const participantKinds = ["state_body", "employers_union", "staffing_agency", "education", "expert"] as const;
export type ParticipantKind = (typeof participantKinds)[number];

/**
 * A registration: waiting for the organisers, confirmed, declined, or withdrawn by the registrant (consent withdrawn
 * with it: its personal data is erased at once, decision 0027).
 */
export const registrationStatuses = ["pending", "confirmed", "declined", "withdrawn"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/**
 * The outcome document ("participants state … participants recommend …"): drafted by the organisers, opened to the
 * confirmed participants for proposals until a deadline, finalised, then published to the library.
 */
export const outcomeStates = ["drafting", "open_for_proposals", "finalised", "published"] as const;
export type OutcomeState = (typeof outcomeStates)[number];

/** A participant's proposal to the outcome document: new, taken into the text, or not taken. */
export const outcomeProposalStatuses = ["new", "taken", "not_taken"] as const;
export type OutcomeProposalStatus = (typeof outcomeProposalStatuses)[number];
