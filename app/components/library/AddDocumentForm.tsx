import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SelectField } from "~/components/ui/Field";
import { DocumentDetailsFields, TextSourceFields, VisibilityField, type FormValues } from "./DocumentFormParts";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { bodyTitle } from "~/lib/body-rules";
import { libraryKinds } from "~/lib/library/kinds";
import type { MessageKey } from "~/lib/i18n-core";

export type AddDocumentValues = FormValues;

interface Props {
  bodies: { id: number; titleRu: string; titleEn: string | null }[];
  /** Administrators may add a document of no body. */
  mayOmitBody: boolean;
  values: AddDocumentValues;
  errors?: Record<string, string>;
}

/** The form that adds a library document: multipart, so it works without JavaScript with its files. */
export function AddDocumentForm({ bodies, mayOmitBody, values: v, errors: e }: Props) {
  const { t, locale } = useI18n();
  const text = (name: string) => (typeof v[name] === "string" ? (v[name] as string) : "");
  return (
    <Form method="post" encType="multipart/form-data" noValidate className="card">
      <SelectField
        label={t("libraryEditions.add.kind")}
        name="kind"
        defaultValue={text("kind") || "recommendations"}
        error={e?.kind}
      >
        {libraryKinds.map((k) => (
          <option key={k} value={k}>
            {t(`library.kind.${k}` as MessageKey)}
          </option>
        ))}
      </SelectField>
      <DocumentDetailsFields values={v} errors={e} titleHint={t("libraryEditions.add.docTitleHint")} />
      <SelectField
        label={t("libraryEditions.add.body")}
        name="bodyId"
        defaultValue={text("bodyId") || String(bodies[0]?.id ?? "")}
        error={e?.bodyId}
      >
        {mayOmitBody && <option value="">{t("libraryEditions.add.noBody")}</option>}
        {bodies.map((b) => (
          <option key={b.id} value={b.id}>
            {bodyTitle(b, locale)}
          </option>
        ))}
      </SelectField>
      <VisibilityField values={v} errors={e} />
      <SelectField
        label={t("libraryEditions.add.status")}
        name="status"
        defaultValue={text("status") || "adopted"}
        error={e?.status}
      >
        <option value="adopted">{t("libraryEditions.add.status.adopted")}</option>
        <option value="draft">{t("libraryEditions.add.status.draft")}</option>
      </SelectField>
      <TextSourceFields values={v} errors={e} />
      <SubmitButton>{t("libraryEditions.add.submit")}</SubmitButton>
    </Form>
  );
}
