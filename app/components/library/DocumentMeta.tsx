import { useI18n } from "~/components/i18n";
import { formatLocalDate } from "~/lib/format";
import type { MessageKey } from "~/lib/i18n-core";

interface Props {
  doc: { kind: string; issuer: string; adoptionReference: string; adoptedOn: string | null; visibility: string };
  status?: string;
}

/** A document's kind, issuer, act and date, in one line. */
export function DocumentMeta({ doc, status }: Props) {
  const { t, locale } = useI18n();
  const parts = [
    t(`library.kind.${doc.kind}` as MessageKey),
    doc.issuer,
    doc.adoptionReference,
    doc.adoptedOn ? formatLocalDate(doc.adoptedOn, locale) : "",
    status ? t(`library.status.${status}` as MessageKey) : "",
    doc.visibility !== "public" ? t(`library.visibility.${doc.visibility}` as MessageKey) : "",
  ].filter(Boolean);
  return <p className="library-meta">{parts.join(" · ")}</p>;
}
