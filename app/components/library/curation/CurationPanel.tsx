import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import type { MessageKey } from "~/lib/i18n-core";
import { EditionStatusForms } from "./EditionStatusForms";

interface Props {
  documentId: number;
  editions: {
    id: number;
    number: number;
    status: string;
    adoptionReference: string;
    amendmentsUntil: Date | string | null;
  }[];
  today: string;
}

/** For the document's curators: a new edition, its details, and each edition's status. */
export function CurationPanel({ documentId, editions, today }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="curation" className="card">
      <h2 id="curation">{t("libraryCuration.doc.manage")}</h2>
      <p className="actions">
        <Link className="button" to={`/library/${documentId}/editions/new`}>
          {t("libraryCuration.doc.newEdition")}
        </Link>{" "}
        <Link className="button button--quiet" to={`/library/${documentId}/edit`}>
          {t("libraryCuration.doc.editDetails")}
        </Link>
      </p>
      <ul className="edition-statuses">
        {[...editions].reverse().map((e) => (
          <li key={e.id}>
            <p>
              {t(e.adoptionReference ? "libraryCuration.doc.editionReference" : "library.doc.editionItem", {
                n: e.number,
                status: t(`library.status.${e.status}` as MessageKey),
                reference: e.adoptionReference,
              })}
            </p>
            <EditionStatusForms documentId={documentId} edition={e} today={today} />
          </li>
        ))}
      </ul>
    </section>
  );
}
