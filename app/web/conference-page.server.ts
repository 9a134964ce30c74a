// What a conference's pages show to this visitor (issue 12): each material, and the video link, only when the
// policy lets them read it — the page never carries what its reader may not have.
import { can, type Actor } from "~/lib/policy";
import { countryName } from "~/lib/countries";
import type { Locale } from "~/lib/i18n-core";
import type { ConferenceContext } from "../../db/area-access";
import type { Db } from "../../db/client";
import { organisersOf, programmeOf } from "../../db/queries/conference-programme";

export function conferencePage(db: Db, ctx: ConferenceContext, actor: Actor | null, locale: Locale) {
  const { body, conference, scope } = ctx;
  const mayRead = (isPublic: boolean) => can(actor, "conferenceMaterial.read", { ...scope, isPublic });
  return {
    id: body.id,
    title: locale === "en" && body.titleEn ? body.titleEn : body.titleRu,
    description: body.description,
    theme: conference.theme,
    startsAt: conference.startsAt.toISOString(),
    endsAt: conference.endsAt.toISOString(),
    timeZone: body.timezone,
    venue: conference.venue,
    // Decision 0022: the link is the door to the room — for confirmed participants and the organisers only.
    videoLink: can(actor, "conference.joinOnline", scope) ? conference.videoLink : null,
    online: conference.videoLink !== null,
    published: body.publishedAt !== null,
    organisers: organisersOf(db, body.id).map((o) => ({
      name: o.name,
      country: o.country ? countryName(o.country, locale) : null,
    })),
    programme: programmeOf(db, body.id).map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      description: item.description,
      room: item.room,
      startsAt: item.startsAt.toISOString(),
      endsAt: item.endsAt.toISOString(),
      speakers: item.speakers.map((s) => ({
        id: s.id,
        role: s.role,
        name: s.name,
        organisation: s.organisation,
        country: s.country ? countryName(s.country, locale) : null,
        topic: s.topic,
      })),
      materials: item.materials.filter((m) => mayRead(m.isPublic)),
    })),
    canManage: can(actor, "conference.manage", scope),
  };
}
export type ConferencePage = ReturnType<typeof conferencePage>;
