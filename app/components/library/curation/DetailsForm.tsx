import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { DocumentDetailsFields, VisibilityField, type FormValues } from "../DocumentFormParts";

interface Props {
  values: FormValues;
  errors?: Record<string, string>;
  /** «Members of the body» is offered only for a document of a body. */
  hasBody: boolean;
}

/** A document's details, with the fields and messages of `/library/new`. */
export function DetailsForm({ values, errors, hasBody }: Props) {
  const { t } = useI18n();
  return (
    <Form method="post" noValidate className="card">
      <DocumentDetailsFields values={values} errors={errors} />
      <VisibilityField
        values={values}
        errors={errors}
        options={hasBody ? ["public", "partners", "body"] : ["public", "partners"]}
      />
      <SubmitButton>{t("libraryCuration.details.submit")}</SubmitButton>
    </Form>
  );
}
