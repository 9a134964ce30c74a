// R6 (3.4 а): materials are circulated to the members as one digest per meeting, not one letter per file.
import { bodyTitle } from "./body-rules";
import { letter, type ComposedMail } from "./emails";
import { formatDateTime } from "./format";
import { translator, type Locale } from "./i18n";

/** How long the digest waits after the newest material before it goes out (a setting; 10 minutes by default). */
export const DEFAULT_DIGEST_QUIET_MS = 10 * 60_000;
/** However busy the uploads, a digest never waits longer than this many quiet periods after the oldest one. */
export const DIGEST_MAX_WAIT_PERIODS = 6;

export interface QueuedMaterial {
  materialId: number;
  queuedAt: Date;
}

/**
 * A digest is due when nothing new has come for a quiet period (so three files uploaded together make one
 * letter), or when the oldest waiting entry has waited six quiet periods (so a steady stream still goes out).
 */
export function isDigestDue(queued: readonly QueuedMaterial[], now: Date, quietMs = DEFAULT_DIGEST_QUIET_MS): boolean {
  if (queued.length === 0) return false;
  const times = queued.map((q) => q.queuedAt.getTime());
  const newest = Math.max(...times);
  const oldest = Math.min(...times);
  return now.getTime() - newest >= quietMs || now.getTime() - oldest >= quietMs * DIGEST_MAX_WAIT_PERIODS;
}

export interface DigestMaterial {
  materialId: number;
  title: string;
  authorName: string;
  /** Submitted after the deadline and since accepted by a co-chair (R7). */
  acceptedLate: boolean;
  item: { id: number; position: number; title: string };
}

export interface DigestItem {
  title: string;
  materials: { title: string; authorName: string; acceptedLate: boolean }[];
}

/** The materials grouped by agenda item, in the agenda's order; each material once, in the order it came. */
export function digestItems(materials: readonly DigestMaterial[]): DigestItem[] {
  const seen = new Set<number>();
  const byItem = new Map<number, { position: number; item: DigestItem }>();
  for (const m of materials) {
    if (seen.has(m.materialId)) continue;
    seen.add(m.materialId);
    const entry = byItem.get(m.item.id) ?? { position: m.item.position, item: { title: m.item.title, materials: [] } };
    entry.item.materials.push({ title: m.title, authorName: m.authorName, acceptedLate: m.acceptedLate });
    byItem.set(m.item.id, entry);
  }
  return [...byItem.values()].sort((a, b) => a.position - b.position).map((e) => e.item);
}

export function materialDigestMail(input: {
  locale: Locale;
  name: string;
  body: { titleRu: string; titleEn: string | null; timezone: string };
  meeting: { number: number; startsAt: Date };
  deadline: Date;
  items: DigestItem[];
  link: string;
}): ComposedMail {
  const t = translator(input.locale);
  const title = bodyTitle(input.body, input.locale);
  const count = input.items.reduce((n, i) => n + i.materials.length, 0);
  // Deadlines and the meeting's time are the body's (decision 7): shown in its timezone, which is named.
  const zone = input.body.timezone;
  const when = formatDateTime(input.meeting.startsAt, input.locale, zone);
  const lastMoment = formatDateTime(new Date(input.deadline.getTime() - 60_000), input.locale, zone);
  const list = input.items
    .map((item) =>
      [
        item.title,
        ...item.materials.map(
          (m) => `— ${m.title} (${m.authorName})` + (m.acceptedLate ? ` — ${t("materialDigest.acceptedLate")}` : ""),
        ),
      ].join("\n"),
    )
    .join("\n\n");
  return {
    subject: t("materialDigest.subject", { n: input.meeting.number, body: title, count }),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [
        t("materialDigest.body", { n: input.meeting.number, body: title, when, count }),
        list,
        t("materialDigest.deadline", { deadline: lastMoment, zone }),
      ],
      action: { label: t("materialDigest.open"), url: input.link },
      after: [t("materialDigest.why")],
    }),
  };
}
