// The demo round table (issue 12): the real one of sources/001 — its theme, organisers and place — held on the day
// the demo is loaded, so that its registration is open and its organisers can check people in whenever it is tried.
import { localDateOf, zonedDateTimeToInstant } from "../../app/lib/zoned-time";
import type { Db } from "../client";
import { conferences, type Body } from "../schema";

export function seedDemoConference(tx: Db, conference: Body, now: Date): void {
  const today = localDateOf(now, conference.timezone);
  tx.insert(conferences)
    .values({
      bodyId: conference.id,
      theme:
        "Модельные законодательные акты и рекомендации МПА СНГ о роли негосударственного сектора в процессах организованной трудовой миграции: задачи, текущая практика, перспективы",
      startsAt: zonedDateTimeToInstant(today, "10:00", conference.timezone),
      endsAt: zonedDateTimeToInstant(today, "13:00", conference.timezone),
      venue: "Санкт-Петербург, Таврический дворец, ул. Шпалерная, 47",
      videoLink: "https://vks.example.org/forum-truda-kruglyi-stol",
      registrationOpenedAt: new Date(now.getTime() - 14 * 24 * 3600_000),
      consentPurpose:
        "Регистрация участников круглого стола, подготовка списка участников и пропусков, рассылка материалов и итогового документа.",
    })
    .run();
}
