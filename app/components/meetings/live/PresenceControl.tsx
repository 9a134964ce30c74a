import { useFetcher } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import type { Presence } from "~/lib/meeting-states";
import type { LiveActionResult } from "~/web/live-view.server";

const marks = ["in_person", "video", "none"] as const;

/**
 * One click per person: in person, by video, or not present. A plain form, so it works without JavaScript;
 * with it, a fetcher sends it without moving the page, and the pressed button shows the new state at once.
 */
export function PresenceControl({
  meetingId,
  userId,
  labelledBy,
  presence,
}: {
  meetingId: number;
  userId: number;
  labelledBy: string;
  presence: Presence | null;
}) {
  const { t } = useI18n();
  const fetcher = useFetcher<LiveActionResult>();
  const sending = fetcher.formData?.get("presence");
  const shown = typeof sending === "string" ? sending : (presence ?? "none");
  const error = fetcher.state === "idle" ? fetcher.data?.formError : undefined;
  return (
    <div className="live-mark" role="group" aria-labelledby={labelledBy}>
      <fetcher.Form method="post" action={`/meetings/${meetingId}/live`} className="live-mark__form">
        <input type="hidden" name="intent" value="presence" />
        <input type="hidden" name="userId" value={userId} />
        {marks.map((mark) => (
          <button
            key={mark}
            type="submit"
            name="presence"
            value={mark}
            aria-pressed={shown === mark}
            className={`live-mark__button live-mark__button--${mark}`}
          >
            {t(`meetingsLive.mark.${mark}`)}
          </button>
        ))}
      </fetcher.Form>
      {error && (
        <p className="live-mark__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
