import { Form, Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SelectField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";

/** The agreement is one of the partnership's library documents; its editions are kept in the library (issue 11). */
export function AgreementForm(props: {
  partnershipId: number;
  documents: readonly { id: number; title: string }[];
  current: number | null;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="agreement-link">
      <h2 id="agreement-link">{t("partnership.manage.agreement")}</h2>
      <p className="muted">{t("partnership.manage.agreementHint")}</p>
      <Form method="post" noValidate>
        <SelectField
          label={t("partnership.manage.agreementDocument")}
          name="documentId"
          defaultValue={props.current ?? ""}
          error={props.error}
        >
          <option value="">{t("partnership.manage.agreementNone")}</option>
          {props.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </SelectField>
        <SubmitButton name="intent" value="agreement" pendingLabel={t("form.saving")}>
          {t("partnership.manage.agreementLink")}
        </SubmitButton>
      </Form>
      <p>
        {/* The library's form opens with the partnership and the kind «agreement» already chosen. */}
        <Link to={`/library/new?body=${props.partnershipId}&kind=agreement`}>
          {t("partnership.manage.addDocument")}
        </Link>
      </p>
    </section>
  );
}
