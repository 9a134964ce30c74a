// The demo's bodies, modelled on the documents in shared/domain/sources: the RU–KZ interstate working
// group (its real regulation attached), a round table at the St Petersburg International Labour Forum, and
// the agreement between the Moscow Region government and the National Qualifications Development Agency.
import fs from "node:fs";
import path from "node:path";
import type { Services } from "../../app/context";
import { detectFileType } from "../files/types";
import type { MemberRole } from "../../app/lib/roles";
import { startOfLocalDay } from "../../app/lib/zoned-time";
import type { Db } from "../client";
import { projectPath } from "../paths";
import { recordFile, writeBlob } from "../files/store";
import { bodies, memberships, sides, type Body } from "../schema";
import { seedDemoMeetings } from "./demo-meetings";

type Seat = [email: string, role: MemberRole, from?: string, until?: string];
interface DemoSide {
  name: string;
  country: string | null;
  org: string;
  workingLanguage: string;
  timezone: string;
  seats: Seat[];
}
interface DemoBody {
  body: Omit<typeof bodies.$inferInsert, "id" | "createdById" | "regulationFileId" | "publishedAt"> & {
    /** Issue 12: its public page is published when the demo is loaded. */
    published?: boolean;
  };
  regulation?: string;
  sides: DemoSide[];
}

const members = (side: "ru" | "kz", numbers: number[]): Seat[] =>
  numbers.map((n) => [`member${n}.${side}@example.org`, "member"]);

export const demoBodies: DemoBody[] = [
  {
    body: {
      kind: "working_group",
      titleRu:
        "Межгосударственная рабочая группа по вопросам развития национальных систем квалификаций Российской Федерации и Республики Казахстан",
      titleEn:
        "Interstate Working Group on National Qualification Systems of the Russian Federation and the Republic of Kazakhstan",
      description:
        "Консультативно-совещательный орган: гармонизация национальных систем квалификаций, классификаторов занятий и законодательства двух стран.",
      timezone: "Europe/Moscow",
      quorumRule: "each_side_half",
      materialsDeadlineDays: 10,
      signatories: "chairs_and_secretaries",
    },
    regulation: "polozhenie-mrg-rf-rk.txt",
    sides: [
      {
        name: "Российская Федерация",
        country: "RU",
        org: "mintrud",
        workingLanguage: "ru",
        timezone: "Europe/Moscow",
        seats: [
          ["cochair.ru@example.org", "co_chair"],
          ["deputy.ru@example.org", "deputy"],
          ["secretary.ru@example.org", "secretary"],
          ...members("ru", [1, 2, 3, 4, 5]),
          ["member6.ru@example.org", "member", "2026-03-02"],
        ],
      },
      {
        name: "Республика Казахстан",
        country: "KZ",
        org: "mtszn",
        workingLanguage: "kk",
        timezone: "Asia/Almaty",
        // The Kazakh side's secretary changed in September 2025: "composition on a date" shows both.
        seats: [
          ["cochair.kz@example.org", "co_chair"],
          ["deputy.kz@example.org", "deputy"],
          ["member3.kz@example.org", "secretary", "2025-02-03", "2025-09-01"],
          ["member3.kz@example.org", "member", "2025-09-01"],
          ["secretary.kz@example.org", "secretary", "2025-09-01"],
          ...members("kz", [1, 2, 4, 5]),
        ],
      },
    ],
  },
  {
    body: {
      kind: "conference",
      titleRu:
        "Круглый стол «Модельные законодательные акты и рекомендации МПА СНГ о роли негосударственного сектора в процессах организованной трудовой миграции»",
      titleEn:
        "Round table on the IPA CIS model laws and recommendations on the non-state sector in organised labour migration",
      description: "X Санкт-Петербургский международный форум труда, 9 апреля 2026 г., Таврический дворец.",
      timezone: "Europe/Moscow",
      quorumRule: "overall_majority",
      materialsDeadlineDays: 7,
      signatories: "chairs_only",
      published: true,
    },
    sides: [
      {
        name: "Союз «МАТМ»",
        country: "RU",
        org: "matm",
        workingLanguage: "ru",
        timezone: "Europe/Moscow",
        seats: [
          ["member1.ru@example.org", "co_chair"],
          ["member2.ru@example.org", "secretary"],
          ["member1.kz@example.org", "member"],
        ],
      },
      {
        name: "Ленинградская областная ТПП",
        country: "RU",
        org: "lotpp",
        workingLanguage: "ru",
        timezone: "Europe/Moscow",
        seats: [
          ["member3.ru@example.org", "co_chair"],
          ["member2.kz@example.org", "member"],
        ],
      },
    ],
  },
  {
    body: {
      kind: "partnership",
      titleRu:
        "Соглашение о взаимодействии между Правительством Московской области и АНО «Национальное агентство развития квалификаций»",
      titleEn:
        "Cooperation agreement between the Moscow Region Government and the National Qualifications Development Agency",
      description:
        "Внедрение национальной системы квалификаций в Московской области (распоряжение № 878-РП от 22.10.2019).",
      timezone: "Europe/Moscow",
      quorumRule: "each_side_half",
      materialsDeadlineDays: 10,
      signatories: "chairs_and_secretaries",
      published: true,
    },
    sides: [
      {
        name: "Правительство Московской области",
        country: "RU",
        org: "mosreg",
        workingLanguage: "ru",
        timezone: "Europe/Moscow",
        seats: [
          ["member4.ru@example.org", "co_chair"],
          ["member6.ru@example.org", "secretary"],
        ],
      },
      {
        name: "Национальное агентство развития квалификаций",
        country: "RU",
        org: "nark",
        workingLanguage: "ru",
        timezone: "Europe/Moscow",
        seats: [
          ["deputy.ru@example.org", "co_chair"],
          ["member5.ru@example.org", "secretary"],
        ],
      },
    ],
  },
];

const documentsDir = projectPath("db", "seed", "documents");

/** Inside the demo's transaction; `userIds` and `orgIds` map the demo's keys to rows. */
export function seedDemoBodies(
  services: Services,
  tx: Db,
  userIds: Map<string, number>,
  orgIds: Map<string, number>,
  adminId: number,
  now: Date,
): Body[] {
  return demoBodies.map((demo, bodyIndex) => {
    let regulationFileId: number | null = null;
    if (demo.regulation) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(documentsDir, demo.regulation)));
      const type = detectFileType(bytes)!;
      regulationFileId = recordFile(tx, {
        name: "Положение о рабочей группе.txt",
        type,
        size: bytes.length,
        sha256: writeBlob(services, bytes),
        uploadedById: adminId,
      }).id;
    }
    const { published, ...bodyValues } = demo.body;
    const body = tx
      .insert(bodies)
      .values({ ...bodyValues, publishedAt: published ? now : null, regulationFileId, createdById: adminId })
      .returning()
      .get();
    const sideIds: number[] = [];
    demo.sides.forEach((side, i) => {
      const { id: sideId } = tx
        .insert(sides)
        .values({
          bodyId: body.id,
          position: i + 1,
          name: side.name,
          country: side.country,
          organisationId: orgIds.get(side.org)!,
          workingLanguage: side.workingLanguage,
          timezone: side.timezone,
        })
        .returning({ id: sides.id })
        .get();
      sideIds.push(sideId);
      for (const [email, role, from = "2025-02-03", until] of side.seats) {
        tx.insert(memberships)
          .values({
            bodyId: body.id,
            sideId,
            userId: userIds.get(email)!,
            role,
            startsAt: startOfLocalDay(from, side.timezone),
            endsAt: until ? startOfLocalDay(until, side.timezone) : null,
            createdById: adminId,
          })
          .run();
      }
    });
    if (bodyIndex === 0) seedDemoMeetings(services, tx, body, sideIds, (email) => userIds.get(email)!, now);
    return body;
  });
}
