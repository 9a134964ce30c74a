// What the organisers change in a conference's details, programme and materials (issue 12): each change's audit entry.
// The subject is the conference's body: its log reads as one story.

type OnConference<A extends string, D> = { action: A; subjectType: "body"; subjectId: number; details: D };

export type ConferenceProgrammeAuditEvent =
  | OnConference<"conference.details_set", { theme: string; startsAt: string; endsAt: string }>
  | OnConference<"conference.updated", { changed: string[]; itemsMoved: number }>
  | OnConference<"conference.published" | "conference.unpublished", Record<string, never>>
  | OnConference<"programme.item_added", { itemId: number; title: string; kind: string }>
  | OnConference<"programme.item_updated", { itemId: number; changed: string[] }>
  | OnConference<"programme.item_removed", { itemId: number; title: string; speakers: number }>
  | OnConference<"programme.item_moved", { itemId: number; direction: "up" | "down" }>
  | OnConference<"programme.speaker_added", { itemId: number; speakerId: number; role: string; name: string }>
  | OnConference<"programme.speaker_updated", { itemId: number; speakerId: number; changed: string[] }>
  | OnConference<"programme.speaker_removed", { itemId: number; speakerId: number; name: string }>
  | OnConference<
      "conference.material_added",
      { itemId: number; materialId: number; title: string; isPublic: boolean; fileId: number; sha256: string }
    >
  | OnConference<"conference.material_visibility_set", { materialId: number; isPublic: boolean }>
  | OnConference<"conference.material_removed", { materialId: number; title: string }>;
