// The life of a meeting: draft → convened → in progress → completed; draft or convened → cancelled.
export const meetingStatuses = ["draft", "convened", "in_progress", "completed", "cancelled"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingFormats = ["in_person", "video", "hybrid"] as const;
export type MeetingFormat = (typeof meetingFormats)[number];
export const guestKinds = ["expert", "observer"] as const;
export type GuestKind = (typeof guestKinds)[number];
export const rsvpAnswers = ["in_person", "video", "absent"] as const;
export type RsvpAnswer = (typeof rsvpAnswers)[number];
export const presences = ["in_person", "video"] as const;
export type Presence = (typeof presences)[number];

const transitions: Record<MeetingStatus, readonly MeetingStatus[]> = {
  draft: ["convened", "cancelled"],
  convened: ["in_progress", "cancelled"],
  in_progress: ["completed"],
  completed: [],
  cancelled: [],
};

export function canMove(from: MeetingStatus, to: MeetingStatus): boolean {
  return transitions[from].includes(to);
}

/** A video link is needed when some take part by videoconference (R10, 3.8). */
export function needsVideoLink(format: MeetingFormat): boolean {
  return format !== "in_person";
}
