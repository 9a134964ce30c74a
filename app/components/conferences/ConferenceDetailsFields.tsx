import { TextField } from "~/components/ui/Field";
import { useI18n } from "~/components/i18n";
import { textLimits } from "~/lib/text-rules";

export interface ConferenceDetailValues {
  theme?: string;
  heldOn?: string;
  startTime?: string;
  endTime?: string;
  venue?: string;
  videoLink?: string | null;
}

/** A conference's theme, day, hours (in its timezone), venue and video link: on creation and on its organisers' page. */
export function ConferenceDetailsFields(props: {
  values: ConferenceDetailValues;
  errors?: Record<string, string>;
  timeZone?: string;
}) {
  const { t } = useI18n();
  const { values: v, errors: e } = props;
  return (
    <>
      <TextField
        label={t("conference.theme")}
        name="theme"
        maxLength={textLimits.title}
        defaultValue={v.theme}
        required
        error={e?.theme}
      />
      <TextField
        label={t("conference.heldOn")}
        name="heldOn"
        type="date"
        defaultValue={v.heldOn}
        required
        error={e?.heldOn}
      />
      <div className="field-row">
        <TextField
          label={t("conference.startTime")}
          name="startTime"
          type="time"
          defaultValue={v.startTime ?? "10:00"}
          required
          error={e?.startTime}
          hint={props.timeZone ? t("conference.timesIn", { zone: props.timeZone }) : t("conference.timesInBody")}
        />
        <TextField
          label={t("conference.endTime")}
          name="endTime"
          type="time"
          defaultValue={v.endTime ?? "13:00"}
          required
          error={e?.endTime}
        />
      </div>
      <TextField
        label={t("conference.venue")}
        name="venue"
        maxLength={textLimits.title}
        defaultValue={v.venue}
        error={e?.venue}
        hint={t("conference.venueHint")}
      />
      <TextField
        label={t("conference.videoLink")}
        name="videoLink"
        type="url"
        maxLength={textLimits.url}
        defaultValue={v.videoLink ?? ""}
        error={e?.videoLink}
        hint={t("conference.videoLinkHint")}
      />
    </>
  );
}
