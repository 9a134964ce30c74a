import { useFetcher } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import type { LiveActionResult } from "~/web/live-view.server";
import type { LiveView } from "../../../web/live-view.server";

type Opinion = LiveView["opinions"][number];

function ReadOutButton({ meetingId, opinionId }: { meetingId: number; opinionId: number }) {
  const { t } = useI18n();
  const fetcher = useFetcher<LiveActionResult>();
  const error = fetcher.state === "idle" ? fetcher.data?.formError : undefined;
  return (
    <fetcher.Form method="post" action={`/meetings/${meetingId}/live`} className="live-opinion__action">
      <input type="hidden" name="intent" value="readOut" />
      <input type="hidden" name="opinionId" value={opinionId} />
      <button type="submit" className="button button--quiet" disabled={fetcher.state !== "idle"}>
        {fetcher.state !== "idle" ? t("meetingsLive.preside.busy") : t("meetingsLive.opinions.readOut")}
      </button>
      {error && (
        <p className="live-mark__error" role="alert">
          {error}
        </p>
      )}
    </fetcher.Form>
  );
}

function OpinionCard({
  meetingId,
  opinion,
  canMarkRead,
}: {
  meetingId: number;
  opinion: Opinion;
  canMarkRead: boolean;
}) {
  const { t, dateTime } = useI18n();
  return (
    <li className="live-opinion">
      <p className="live-opinion__author">
        <strong>{opinion.authorName}</strong>
        {opinion.sideName && <span className="muted">, {opinion.sideName}</span>}
      </p>
      {opinion.authorAttended && (
        <p className="badge badge--info live-opinion__attended">{t("meetingsLive.opinions.attended")}</p>
      )}
      <blockquote className="live-opinion__text">{opinion.text}</blockquote>
      {opinion.hasFile && (
        <p>
          <a href={`/meetings/${meetingId}/opinions/${opinion.id}/file`} download>
            {t("meetingsLive.opinions.file")}
          </a>
        </p>
      )}
      {opinion.readOutAt ? (
        <p className="live-opinion__read">
          <span aria-hidden="true">✓ </span>
          {opinion.readOutByName
            ? t("meetingsLive.opinions.readAtBy", { when: dateTime(opinion.readOutAt), name: opinion.readOutByName })
            : t("meetingsLive.opinions.readAt", { when: dateTime(opinion.readOutAt) })}
        </p>
      ) : (
        <p className="muted">{t("meetingsLive.opinions.notRead")}</p>
      )}
      {canMarkRead && !opinion.readOutAt && <ReadOutButton meetingId={meetingId} opinionId={opinion.id} />}
    </li>
  );
}

/** R8 (3.5 д): the absent members' written opinions on this item, to be read out and marked so. */
export function ItemOpinions({
  meetingId,
  opinions,
  canMarkRead,
}: {
  meetingId: number;
  opinions: Opinion[];
  canMarkRead: boolean;
}) {
  const { t } = useI18n();
  return (
    <section className="live-subsection" aria-labelledby="live-opinions-title">
      <h3 id="live-opinions-title">{t("meetingsLive.opinions.title")}</h3>
      {opinions.length === 0 && <p className="muted">{t("meetingsLive.opinions.empty")}</p>}
      <ul className="live-opinions">
        {opinions.map((o) => (
          <OpinionCard key={o.id} meetingId={meetingId} opinion={o} canMarkRead={canMarkRead} />
        ))}
      </ul>
    </section>
  );
}
