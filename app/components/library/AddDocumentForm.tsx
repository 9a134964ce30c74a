import { Form } from "@remix-run/react";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { bodyTitle } from "~/lib/body-rules";
import { countryCodes, countryName } from "~/lib/countries";
import { documentLanguages } from "~/lib/library/document-input";
import { libraryKinds, libraryVisibilities } from "~/lib/library/kinds";
import type { MessageKey } from "~/lib/i18n-core";
import { textLimits } from "~/lib/text-rules";

export type AddDocumentValues = Record<string, string | string[]>;

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
  const chosen = (name: string) => (Array.isArray(v[name]) ? (v[name] as string[]) : text(name) ? [text(name)] : []);
  const ids = { text: useId(), file: useId(), originals: useId() };
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
      <TextField
        label={t("libraryEditions.add.docTitle")}
        name="title"
        maxLength={textLimits.title}
        defaultValue={text("title")}
        hint={t("libraryEditions.add.docTitleHint")}
        error={e?.title}
      />
      <TextField
        label={t("libraryEditions.add.issuer")}
        name="issuer"
        maxLength={textLimits.title}
        defaultValue={text("issuer")}
        error={e?.issuer}
      />
      <TextField
        label={t("libraryEditions.add.reference")}
        name="adoptionReference"
        maxLength={textLimits.title}
        defaultValue={text("adoptionReference")}
        hint={t("libraryEditions.add.referenceHint")}
        error={e?.adoptionReference}
      />
      <TextField
        label={t("libraryEditions.add.adoptedOn")}
        name="adoptedOn"
        type="date"
        defaultValue={text("adoptedOn")}
        error={e?.adoptedOn}
      />
      <fieldset className={`field${e?.countries ? " field--invalid" : ""}`}>
        <legend>{t("libraryEditions.add.countries")}</legend>
        <div className="checkbox-row">
          {countryCodes.map((c) => (
            <label key={c}>
              <input type="checkbox" name="countries" value={c} defaultChecked={chosen("countries").includes(c)} />{" "}
              {countryName(c, locale)}
            </label>
          ))}
        </div>
        {e?.countries && <p className="field__error">{e.countries}</p>}
      </fieldset>
      <TextField
        label={t("libraryEditions.add.topics")}
        name="topics"
        defaultValue={text("topics")}
        hint={t("libraryEditions.add.topicsHint")}
        error={e?.topics}
      />
      <SelectField
        label={t("libraryEditions.add.language")}
        name="language"
        defaultValue={text("language") || "ru"}
        error={e?.language}
      >
        {documentLanguages.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </SelectField>
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
      <fieldset className={`field${e?.visibility ? " field--invalid" : ""}`}>
        <legend>{t("libraryEditions.add.visibility")}</legend>
        {libraryVisibilities.map((vis) => (
          <label key={vis} className="radio-line">
            <input
              type="radio"
              name="visibility"
              value={vis}
              defaultChecked={(text("visibility") || "partners") === vis}
            />{" "}
            {t(`libraryEditions.add.visibility.${vis}`)}
          </label>
        ))}
        {e?.visibility && <p className="field__error">{e.visibility}</p>}
      </fieldset>
      <SelectField
        label={t("libraryEditions.add.status")}
        name="status"
        defaultValue={text("status") || "adopted"}
        error={e?.status}
      >
        <option value="adopted">{t("libraryEditions.add.status.adopted")}</option>
        <option value="draft">{t("libraryEditions.add.status.draft")}</option>
      </SelectField>
      <div className={`field${e?.file ? " field--invalid" : ""}`}>
        <label htmlFor={ids.file}>{t("libraryEditions.add.file")}</label>
        <p className="field__hint" id={`${ids.file}-hint`}>
          {t("libraryEditions.add.fileHint")}
        </p>
        <input
          id={ids.file}
          type="file"
          name="file"
          accept=".docx,.md,.markdown,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
          aria-describedby={`${ids.file}-hint${e?.file ? ` ${ids.file}-error` : ""}`}
          aria-invalid={e?.file ? true : undefined}
        />
        {e?.file && (
          <p className="field__error" id={`${ids.file}-error`}>
            {e.file}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.text}>{t("libraryEditions.add.text")}</label>
        <p className="field__hint" id={`${ids.text}-hint`}>
          {t("libraryEditions.add.textHint")}
        </p>
        <textarea
          id={ids.text}
          name="text"
          rows={12}
          defaultValue={text("text")}
          aria-describedby={`${ids.text}-hint`}
        />
      </div>
      <div className={`field${e?.originals ? " field--invalid" : ""}`}>
        <label htmlFor={ids.originals}>{t("libraryEditions.add.originals")}</label>
        <p className="field__hint" id={`${ids.originals}-hint`}>
          {t("libraryEditions.add.originalsHint")}
        </p>
        <input
          id={ids.originals}
          type="file"
          name="originals"
          multiple
          accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={`${ids.originals}-hint${e?.originals ? ` ${ids.originals}-error` : ""}`}
          aria-invalid={e?.originals ? true : undefined}
        />
        {e?.originals && (
          <p className="field__error" id={`${ids.originals}-error`}>
            {e.originals}
          </p>
        )}
      </div>
      <SubmitButton>{t("libraryEditions.add.submit")}</SubmitButton>
    </Form>
  );
}
