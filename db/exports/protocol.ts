/**
 * A final protocol as a printable file (issue 10): its canonical text, frozen at finalising, and its signatures
 * on a signature page with the text's SHA-256 and the verification link. In the body's working language (the
 * protocol's own words), its times in the body's timezone. The PDF is deterministic (the final's time is its
 * creation date), and every PDF handed out is recorded in `protocol_exports` by its SHA-256, so that /verify
 * recognises that very file and no other.
 */
import { and, asc, desc, eq, exists } from "drizzle-orm";
import type { PrintableDocument } from "../../app/lib/exports/document";
import { renderPdf } from "../../app/lib/exports/pdf.server";
import { blocksOfProse } from "../../app/lib/exports/printable";
import { formatDate } from "../../app/lib/format";
import { translator, type Locale } from "../../app/lib/i18n";
import type { JSONContent } from "../../app/lib/protocol-json";
import { sha256Hex } from "../../app/lib/protocol-hash.server";
import type { Db } from "../client";
import { currentFinalOf, signaturesOf } from "../queries/protocol-signing";
import { bodies, meetings, protocolExports, protocolFinals, protocolSignatures, sides } from "../schema";
import type { ProtocolFinal } from "../schema";

/** The text to export: the current final, else (a correction under way) the newest final that has signatures. */
export function exportableFinal(db: Db, meetingId: number): ProtocolFinal | null {
  return (
    currentFinalOf(db, meetingId) ??
    db
      .select()
      .from(protocolFinals)
      .where(
        and(
          eq(protocolFinals.meetingId, meetingId),
          exists(db.select().from(protocolSignatures).where(eq(protocolSignatures.finalId, protocolFinals.id))),
        ),
      )
      .orderBy(desc(protocolFinals.number))
      .get() ??
    null
  );
}

export const verifyLink = (appUrl: string, sha256: string) => new URL(`/verify?hash=${sha256}`, appUrl).toString();

function dateTimeIn(language: Locale, timeZone: string, at: Date): string {
  const tag = language === "ru" ? "ru-RU" : "en-GB";
  return new Intl.DateTimeFormat(tag, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "shortOffset",
  }).format(at);
}

/** What the file of a final shows, with the signatures it has now. */
export function protocolDocument(db: Db, final: ProtocolFinal, appUrl: string) {
  const meeting = db.select().from(meetings).where(eq(meetings.id, final.meetingId)).get()!;
  const body = db.select().from(bodies).where(eq(bodies.id, meeting.bodyId)).get()!;
  const language: Locale = body.workingLanguage;
  const t = translator(language);
  const bodyTitle = language === "en" && body.titleEn ? body.titleEn : body.titleRu;
  const sideNames = new Map(
    db
      .select({ id: sides.id, name: sides.name })
      .from(sides)
      .where(eq(sides.bodyId, body.id))
      .orderBy(asc(sides.position))
      .all()
      .map((s) => [s.id, s.name]),
  );
  const signatures = signaturesOf(db, final.id);
  const date = formatDate(meeting.startsAt, language, body.timezone);
  const head = { body: bodyTitle, n: meeting.number, date, place: meeting.place };
  const printable: PrintableDocument = {
    language,
    title: t("protocolExport.doc.title", head),
    runningHead: t(meeting.place ? "protocolExport.doc.headPlace" : "protocolExport.doc.head", head),
    pageLabel: t("protocolExport.doc.page"),
    createdAt: final.createdAt,
    blocks: blocksOfProse(JSON.parse(final.canonical) as JSONContent),
    signaturePage: {
      heading: t("protocolExport.doc.signatures", { n: meeting.number, version: final.number }),
      empty: t("protocolExport.doc.noSignatures"),
      columns: {
        name: t("protocolExport.doc.signatory"),
        capacity: t("protocolExport.doc.capacity"),
        side: t("protocolExport.doc.side"),
        signedAt: t("protocolExport.doc.signedAt"),
      },
      signatures: signatures.map((s) => ({
        name: s.signedName,
        capacity: t(`protocolExport.doc.capacity.${s.capacity}`),
        side: sideNames.get(s.sideId) ?? "",
        signedAt: dateTimeIn(language, body.timezone, s.signedAt),
      })),
      hashLabel: t("protocolExport.doc.hash"),
      sha256: final.sha256,
      verifyLabel: t("protocolExport.doc.verify"),
      verifyUrl: verifyLink(appUrl, final.sha256),
    },
  };
  return { printable, meeting, body, bodyTitle, language, signatures: signatures.length, fileName: printable.title };
}

/**
 * The PDF of a final as it stands, recorded (insert or ignore: the same text and signatures give the same bytes)
 * inside the caller's write transaction.
 */
export function exportProtocolPdf(tx: Db, final: ProtocolFinal, appUrl: string, now = new Date()) {
  const exported = protocolDocument(tx, final, appUrl);
  const bytes = renderPdf(exported.printable);
  const sha256 = sha256Hex(bytes);
  tx.insert(protocolExports)
    .values({ sha256, finalId: final.id, format: "pdf", signatures: exported.signatures, createdAt: now })
    .onConflictDoNothing()
    .run();
  return { ...exported, bytes, sha256 };
}
