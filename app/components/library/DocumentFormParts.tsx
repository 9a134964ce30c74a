/**
 * The parts of the library's document forms (issue 11), shared by adding a document (`/library/new`), editing its
 * details (`/library/<id>/edit`) and adding an edition (`/library/<id>/editions/new`): the same fields, names
 * and messages everywhere. Values and errors are the action's, so a refused form comes back as it was sent.
 */
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { countryCodes, countryName } from "~/lib/countries";
import { documentLanguages, type FormValues } from "~/lib/library/document-input";
import { libraryVisibilities } from "~/lib/library/kinds";
import { textLimits } from "~/lib/text-rules";

export type { FormValues };

interface PartProps {
  values: FormValues;
  errors?: Record<string, string>;
}

function readers(v: FormValues) {
  const text = (name: string) => (typeof v[name] === "string" ? (v[name] as string) : "");
  const chosen = (name: string) => (Array.isArray(v[name]) ? (v[name] as string[]) : text(name) ? [text(name)] : []);
  return { text, chosen };
}

/** Title, issuer, act, day, countries, topics, language. */
export function DocumentDetailsFields({ values: v, errors: e, titleHint }: PartProps & { titleHint?: string }) {
  const { t, locale } = useI18n();
  const { text, chosen } = readers(v);
  return (
    <>
      <TextField
        label={t("libraryEditions.add.docTitle")}
        name="title"
        maxLength={textLimits.title}
        defaultValue={text("title")}
        hint={titleHint}
        error={e?.title}
      />
      <TextField
        label={t("libraryEditions.add.issuer")}
        name="issuer"
        maxLength={textLimits.title}
        defaultValue={text("issuer")}
        error={e?.issuer}
      />
      <AdoptionFields
        reference={text("adoptionReference")}
        adoptedOn={text("adoptedOn")}
        referenceHint={t("libraryEditions.add.referenceHint")}
        errors={e}
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
    </>
  );
}

/** Who reads the document: public, partners, the members of its body. */
export function VisibilityField({
  values: v,
  errors: e,
  options = libraryVisibilities,
}: PartProps & {
  options?: readonly (typeof libraryVisibilities)[number][];
}) {
  const { t } = useI18n();
  const { text } = readers(v);
  return (
    <fieldset className={`field${e?.visibility ? " field--invalid" : ""}`}>
      <legend>{t("libraryEditions.add.visibility")}</legend>
      {options.map((vis) => (
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
  );
}

/** Where the text comes from (a file or pasted), and the original files (DOCX, PDF). */
export function TextSourceFields({ values: v, errors: e }: PartProps) {
  const { t } = useI18n();
  const { text } = readers(v);
  const ids = { text: useId(), file: useId(), originals: useId() };
  return (
    <>
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
    </>
  );
}

/** The act of adoption and its day: of a document, of a new edition, of a draft being adopted. */
export function AdoptionFields(props: {
  reference: string;
  adoptedOn: string;
  referenceHint: string;
  errors?: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t("libraryEditions.add.reference")}
        name="adoptionReference"
        maxLength={textLimits.title}
        defaultValue={props.reference}
        hint={props.referenceHint}
        error={props.errors?.adoptionReference}
      />
      <TextField
        label={t("libraryEditions.add.adoptedOn")}
        name="adoptedOn"
        type="date"
        defaultValue={props.adoptedOn}
        error={props.errors?.adoptedOn}
      />
    </>
  );
}
