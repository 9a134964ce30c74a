import { Form } from "@remix-run/react";
import { textLimits } from "~/lib/text-rules";
import { useEffect, useState, type ReactNode } from "react";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { commonTimeZones } from "~/lib/format";
import { bodyKinds, quorumRules, signatoryRules } from "~/lib/quorum-rule-kinds";
import type { OrganisationOption } from "~/components/OrganisationSelect";
import { SideFields, type SideValues } from "./SideFields";
import { ConferenceDetailsFields, type ConferenceDetailValues } from "~/components/conferences/ConferenceDetailsFields";

export interface BodyValues extends ConferenceDetailValues {
  kind?: string;
  titleRu?: string;
  titleEn?: string | null;
  description?: string;
  timezone?: string;
  quorumRule?: string;
  quorumPercent?: number | string | null;
  materialsDeadlineDays?: number | string;
  signatories?: string;
}

/** The body's settings and its sides, in one form that works without JavaScript. */
export function BodyForm(props: {
  values: BodyValues;
  sides: SideValues[];
  errors?: Record<string, string>;
  organisations: OrganisationOption[];
  submitLabel: string;
  /** On creation: a conference's details (issue 12), shown while the kind chosen is "conference". */
  conferenceFields?: boolean;
  /** On creation: a partnership's start and term (issue 12), shown while the kind chosen is "partnership". */
  partnershipFields?: ReactNode;
}) {
  const { t } = useI18n();
  const { values: v, errors: e } = props;
  const [rule, setRule] = useState(v.quorumRule ?? "each_side_half");
  const [kind, setKind] = useState(v.kind ?? "working_group");
  // Without JavaScript the conference's fields are always there (labelled as for a conference only); with it they
  // show only while "conference" is chosen.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <Form method="post" noValidate encType="multipart/form-data">
      <fieldset className="card">
        <legend>{t("body.about")}</legend>
        <SelectField
          label={t("body.kind")}
          name="kind"
          value={kind}
          onChange={(ev) => setKind(ev.target.value)}
          error={e?.kind}
        >
          {bodyKinds.map((k) => (
            <option key={k} value={k}>
              {t(`body.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("body.titleRu")}
          name="titleRu"
          maxLength={textLimits.title}
          defaultValue={v.titleRu}
          required
          error={e?.titleRu}
        />
        <TextField
          label={t("body.titleEn")}
          name="titleEn"
          maxLength={textLimits.title}
          defaultValue={v.titleEn ?? ""}
          error={e?.titleEn}
          hint={t("body.titleEnHint")}
        />
        <TextField
          label={t("body.description")}
          name="description"
          maxLength={textLimits.shortText}
          defaultValue={v.description}
          error={e?.description}
        />
        <SelectField
          label={t("body.timezone")}
          name="timezone"
          defaultValue={v.timezone ?? "Europe/Moscow"}
          error={e?.timezone}
          hint={t("body.timezoneHint")}
        >
          {commonTimeZones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
      </fieldset>
      {props.conferenceFields && (
        <fieldset className="card" hidden={hydrated && kind !== "conference"}>
          <legend>{t("conference.detailsLegend")}</legend>
          <ConferenceDetailsFields values={v} errors={e} />
        </fieldset>
      )}
      <fieldset className="card">
        <legend>{t("body.rules")}</legend>
        <SelectField
          label={t("body.quorumRule")}
          name="quorumRule"
          value={rule}
          onChange={(ev) => setRule(ev.target.value)}
          error={e?.quorumRule}
          hint={t("body.quorumRuleHint")}
        >
          {quorumRules.map((r) => (
            <option key={r} value={r}>
              {t(`body.quorum.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("body.quorumPercent")}
          name="quorumPercent"
          type="number"
          min={1}
          max={100}
          inputMode="numeric"
          defaultValue={v.quorumPercent ?? ""}
          error={e?.quorumPercent}
          hint={rule === "overall_percent" ? t("body.quorumPercentHint") : t("body.quorumPercentOnlyFor")}
        />
        <TextField
          label={t("body.deadlineDays")}
          name="materialsDeadlineDays"
          type="number"
          min={0}
          max={60}
          inputMode="numeric"
          defaultValue={v.materialsDeadlineDays ?? 10}
          error={e?.materialsDeadlineDays}
          hint={t("body.deadlineHint")}
        />
        <SelectField
          label={t("body.signatories")}
          name="signatories"
          defaultValue={v.signatories ?? "chairs_and_secretaries"}
          error={e?.signatories}
        >
          {signatoryRules.map((r) => (
            <option key={r} value={r}>
              {t(`body.signatories.${r}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      {props.partnershipFields && <div hidden={hydrated && kind !== "partnership"}>{props.partnershipFields}</div>}
      <fieldset className="card">
        <legend>{t("body.sides")}</legend>
        <p className="muted">{t("body.sidesHint")}</p>
        {props.sides.map((side, i) => (
          <SideFields key={i} index={i + 1} values={side} errors={e} organisations={props.organisations} />
        ))}
      </fieldset>
      <fieldset className="card">
        <legend>{t("body.regulation")}</legend>
        <div className="field">
          <label htmlFor="regulation">{t("body.regulationFile")}</label>
          <p className="field__hint" id="regulation-hint">
            {t("body.regulationHint")}
          </p>
          <input
            id="regulation"
            name="regulation"
            type="file"
            accept=".pdf,.docx,.odt,.txt"
            aria-describedby={e?.regulation ? "regulation-hint regulation-error" : "regulation-hint"}
            aria-invalid={e?.regulation ? true : undefined}
          />
          {e?.regulation && (
            <p className="field__error" id="regulation-error">
              {e.regulation}
            </p>
          )}
        </div>
      </fieldset>
      <SubmitButton pendingLabel={t("form.saving")}>{props.submitLabel}</SubmitButton>
    </Form>
  );
}
