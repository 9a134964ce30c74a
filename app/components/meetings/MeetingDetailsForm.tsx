import { Form } from "@remix-run/react";
import { textLimits } from "~/lib/text-rules";
import { useState } from "react";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { meetingFormats } from "~/lib/meeting-states";

export interface MeetingDetailsValues {
  startsOn?: string;
  startsAtTime?: string;
  durationMinutes?: string | number;
  place?: string;
  format?: string;
  videoLink?: string | null;
}

/** Date and time (in the body's timezone), duration, format, place and video link. */
export function MeetingDetailsForm({
  values,
  errors,
  timezone,
  submitLabel,
  intent,
}: {
  values: MeetingDetailsValues;
  errors?: Record<string, string>;
  timezone: string;
  submitLabel: string;
  intent: string;
}) {
  const { t } = useI18n();
  const [format, setFormat] = useState(values.format ?? "in_person");
  return (
    <Form method="post" noValidate>
      <div className="field-row">
        <TextField
          label={t("meeting.date")}
          name="startsOn"
          type="date"
          required
          defaultValue={values.startsOn}
          error={errors?.startsOn}
        />
        <TextField
          label={t("meeting.time")}
          name="startsAtTime"
          type="time"
          required
          defaultValue={values.startsAtTime ?? "10:00"}
          error={errors?.startsAtTime}
          hint={t("meeting.timeHint", { tz: timezone })}
        />
        <TextField
          label={t("meeting.duration")}
          name="durationMinutes"
          type="number"
          min={15}
          max={720}
          step={15}
          inputMode="numeric"
          defaultValue={values.durationMinutes ?? 120}
          error={errors?.durationMinutes}
        />
      </div>
      <SelectField
        label={t("meeting.format")}
        name="format"
        value={format}
        onChange={(e) => setFormat(e.target.value)}
        error={errors?.format}
      >
        {meetingFormats.map((f) => (
          <option key={f} value={f}>
            {t(`meeting.format.${f}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("meeting.place")}
        name="place"
        maxLength={textLimits.title}
        defaultValue={values.place}
        error={errors?.place}
        hint={format === "video" ? t("meeting.placeOptional") : undefined}
      />
      <TextField
        label={t("meeting.videoLink")}
        name="videoLink"
        maxLength={textLimits.url}
        type="url"
        defaultValue={values.videoLink ?? ""}
        error={errors?.videoLink}
        hint={format === "in_person" ? t("meeting.videoLinkNotNeeded") : t("meeting.videoLinkHint")}
      />
      <SubmitButton name="intent" value={intent} pendingLabel={t("form.saving")}>
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}
