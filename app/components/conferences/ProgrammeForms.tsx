import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { programmeItemKinds, speakerRoles } from "~/lib/conference-kinds";
import { countryCodes, countryName } from "~/lib/countries";
import { textLimits } from "~/lib/text-rules";

type Values = Record<string, string | null | undefined>;
export interface FormResult {
  intent: string;
  target: string;
  fieldErrors: Record<string, string>;
  formError?: string;
  values: Record<string, string>;
}

/** The intents whose forms have fields (their errors are shown beside them); the others are one-button forms. */
export const formIntents = ["add-item", "update-item", "add-speaker", "update-speaker", "add-material"];

/** This form's own result: the errors of another form on the page are not shown here. */
export const resultFor = (result: FormResult | undefined, intent: string, target: string | number = "") =>
  result && result.intent === intent && result.target === String(target) ? result : undefined;

function FormProblem({ result }: { result?: FormResult }) {
  return result?.formError ? (
    <p className="field__error" role="alert">
      {result.formError}
    </p>
  ) : null;
}

/** A programme item's kind, title, hours (in the conference's timezone), room and description. */
export function ItemForm(props: {
  intent: "add-item" | "update-item";
  itemId?: number;
  values: Values;
  result?: FormResult;
  submit: string;
}) {
  const { t } = useI18n();
  const v = props.result?.values ?? props.values;
  const e = props.result?.fieldErrors;
  return (
    <Form method="post" noValidate className="programme-form">
      <input type="hidden" name="intent" value={props.intent} />
      {props.itemId && <input type="hidden" name="itemId" value={props.itemId} />}
      <FormProblem result={props.result} />
      <SelectField label={t("programme.kind")} name="kind" defaultValue={v.kind ?? "session"} error={e?.kind}>
        {programmeItemKinds.map((k) => (
          <option key={k} value={k}>
            {t(`programme.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("programme.itemTitle")}
        name="title"
        maxLength={textLimits.title}
        defaultValue={v.title ?? ""}
        required
        error={e?.title}
      />
      <div className="field-row">
        <TextField
          label={t("conference.startTime")}
          name="startTime"
          type="time"
          defaultValue={v.startTime ?? ""}
          required
          error={e?.startTime}
        />
        <TextField
          label={t("conference.endTime")}
          name="endTime"
          type="time"
          defaultValue={v.endTime ?? ""}
          required
          error={e?.endTime}
        />
      </div>
      <TextField
        label={t("programme.room")}
        name="room"
        maxLength={textLimits.title}
        defaultValue={v.room ?? ""}
        error={e?.room}
        hint={t("programme.roomHint")}
      />
      <TextAreaField
        label={t("programme.description")}
        name="description"
        maxLength={textLimits.shortText}
        defaultValue={v.description ?? ""}
        rows={3}
        error={e?.description}
      />
      <SubmitButton pendingLabel={t("form.saving")}>{props.submit}</SubmitButton>
    </Form>
  );
}

/** The speaker a form edits in place (decision 0027), as stored. */
export interface EditedSpeaker {
  id: number;
  role: string;
  name: string;
  organisation: string;
  country: string | null;
  topic: string;
}

/** A moderator or a speaker: a person, their organisation and country, their topic — added, or edited in place. */
export function SpeakerForm(props: { itemId: number; speaker?: EditedSpeaker; result?: FormResult }) {
  const { t, locale } = useI18n();
  const s = props.speaker;
  const v: Values =
    props.result?.values ??
    (s ? { role: s.role, name: s.name, organisation: s.organisation, country: s.country, topic: s.topic } : {});
  const e = props.result?.fieldErrors;
  return (
    <Form method="post" noValidate className="programme-form">
      <input type="hidden" name="intent" value={s ? "update-speaker" : "add-speaker"} />
      {s ? (
        <input type="hidden" name="speakerId" value={s.id} />
      ) : (
        <input type="hidden" name="itemId" value={props.itemId} />
      )}
      <FormProblem result={props.result} />
      <SelectField label={t("programme.role")} name="role" defaultValue={v.role ?? "speaker"} error={e?.role}>
        {speakerRoles.map((r) => (
          <option key={r} value={r}>
            {t(`programme.role.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("programme.speakerName")}
        name="name"
        maxLength={textLimits.name}
        defaultValue={v.name ?? ""}
        required
        error={e?.name}
      />
      <TextField
        label={t("programme.organisation")}
        name="organisation"
        maxLength={textLimits.name}
        defaultValue={v.organisation ?? ""}
        error={e?.organisation}
      />
      <SelectField label={t("programme.country")} name="country" defaultValue={v.country ?? ""} error={e?.country}>
        <option value="">—</option>
        {countryCodes.map((c) => (
          <option key={c} value={c}>
            {countryName(c, locale)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("programme.topic")}
        name="topic"
        maxLength={textLimits.title}
        defaultValue={v.topic ?? ""}
        error={e?.topic}
      />
      <SubmitButton pendingLabel={t("form.saving")}>
        {s ? t("programme.speaker.save") : t("programme.addSpeaker")}
      </SubmitButton>
    </Form>
  );
}

/** A presentation or a report: its file (checked by its bytes), a title, and whether anyone may read it. */
export function MaterialForm(props: { itemId: number; result?: FormResult }) {
  const { t } = useI18n();
  const v = props.result?.values ?? {};
  const e = props.result?.fieldErrors;
  const fileId = `material-file-${props.itemId}`;
  return (
    <Form method="post" encType="multipart/form-data" noValidate className="programme-form">
      <input type="hidden" name="intent" value="add-material" />
      <input type="hidden" name="itemId" value={props.itemId} />
      <FormProblem result={props.result} />
      <div className={`field${e?.file ? " field--invalid" : ""}`}>
        <label htmlFor={fileId}>{t("programme.materialFile")}</label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {t("programme.materialFileHint")}
        </p>
        <input
          id={fileId}
          name="file"
          type="file"
          accept=".pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.txt"
          aria-describedby={e?.file ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
          aria-invalid={e?.file ? true : undefined}
        />
        {e?.file && (
          <p className="field__error" id={`${fileId}-error`}>
            {e.file}
          </p>
        )}
      </div>
      <TextField
        label={t("programme.materialTitle")}
        name="title"
        maxLength={textLimits.title}
        defaultValue={v.title ?? ""}
        error={e?.title}
        hint={t("programme.materialTitleHint")}
      />
      <CheckboxField label={t("programme.materialPublic")} name="isPublic" defaultChecked={v.isPublic === "on"} />
      <SubmitButton pendingLabel={t("form.saving")}>{t("programme.attach")}</SubmitButton>
    </Form>
  );
}

/** A one-button form: move, remove, make public … */
export function ActionButton(props: {
  intent: string;
  fields: Record<string, string | number>;
  label: string;
  quiet?: boolean;
  accessibleName?: string;
}) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={props.intent} />
      {Object.entries(props.fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton
        className={props.quiet ? "button button--quiet button--small" : "button button--small"}
        aria-label={props.accessibleName}
      >
        {props.label}
      </SubmitButton>
    </Form>
  );
}
