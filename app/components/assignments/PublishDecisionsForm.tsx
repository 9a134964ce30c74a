import { Form, Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SelectField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";

/** Issues 10 and 11: the signed protocol's decisions to the library, once; then a link to the document. */
export function PublishDecisionsForm(props: {
  signed: boolean;
  documentId: number | null;
  error?: string;
  notice: "published" | "already" | null;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="publish-decisions">
      <h2 id="publish-decisions">{t("assignments.publish.title")}</h2>
      {props.notice && (
        <Notice tone={props.notice === "published" ? "success" : "info"}>
          {t(props.notice === "published" ? "assignments.publish.done" : "assignments.publish.already")}
        </Notice>
      )}
      {props.error && <Notice tone="error">{props.error}</Notice>}
      {props.documentId ? (
        <p>
          {!props.notice && `${t("assignments.publish.already")} `}
          <Link to={`/library/${props.documentId}`}>{t("assignments.publish.open")}</Link>
        </p>
      ) : props.signed ? (
        <Form method="post">
          <p className="muted">{t("assignments.publish.lead")}</p>
          <input type="hidden" name="intent" value="publish" />
          <SelectField label={t("assignments.publish.visibility")} name="visibility" defaultValue="body">
            <option value="body">{t("assignments.publish.visibility.body")}</option>
            <option value="partners">{t("assignments.publish.visibility.partners")}</option>
            <option value="public">{t("assignments.publish.visibility.public")}</option>
          </SelectField>
          <SubmitButton name="intent" value="publish" pendingLabel={t("form.sending")}>
            {t("assignments.publish.submit")}
          </SubmitButton>
        </Form>
      ) : (
        <p className="muted">{t("assignments.publish.needsSignatures")}</p>
      )}
    </section>
  );
}
