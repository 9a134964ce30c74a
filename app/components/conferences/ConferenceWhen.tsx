import { useEffect, useState } from "react";
import { useI18n } from "~/components/i18n";
import { dayIn, hoursIn, sameClock, zoneName } from "~/lib/conferences/when";

/**
 * The day and hours in the conference's own timezone, named; and, when the visitor's clock reads otherwise, the same
 * hours on their clock (their profile's zone, or — for a visitor without an account — their browser's, once loaded).
 */
export function ConferenceWhen(props: { startsAt: string; endsAt: string; timeZone: string }) {
  const { t, locale, timeZone: profileZone } = useI18n();
  const startsAt = new Date(props.startsAt);
  const endsAt = new Date(props.endsAt);
  const [visitorZone, setVisitorZone] = useState<string | null>(null);
  useEffect(() => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setVisitorZone(browser || profileZone);
  }, [profileZone]);
  const other = visitorZone && !sameClock(startsAt, visitorZone, props.timeZone) ? visitorZone : null;
  return (
    <>
      <p className="conference-when">
        <time dateTime={props.startsAt}>{dayIn(startsAt, locale, props.timeZone)}</time>,{" "}
        {hoursIn(startsAt, endsAt, locale, props.timeZone)}{" "}
        <span className="muted">({zoneName(startsAt, locale, props.timeZone)})</span>
      </p>
      {other && (
        <p className="muted">
          {t("conference.yourTime", {
            when: `${dayIn(startsAt, locale, other)}, ${hoursIn(startsAt, endsAt, locale, other)}`,
            zone: zoneName(startsAt, locale, other),
          })}
        </p>
      )}
    </>
  );
}
