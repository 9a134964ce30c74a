import { useFetcher } from "@remix-run/react";
import { useState } from "react";
import { useI18n } from "~/components/i18n";
import { SelectField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import type { LiveActionResult } from "~/web/live-view.server";
import type { LiveView } from "../../../web/live-view.server";

/**
 * The presiding co-chair's (or acting deputy's) controls, R2 and R5: open the meeting, choose the current item,
 * move to the next one, complete the meeting (after a confirmation, since it cannot be undone).
 */
export function PresideControls({ view, confirmComplete }: { view: LiveView; confirmComplete: boolean }) {
  const { t } = useI18n();
  const fetcher = useFetcher<LiveActionResult>();
  const [dismissed, setDismissed] = useState<unknown>(null);
  const { meeting, current, next, items } = view;
  const busy = fetcher.state !== "idle";
  const sending = fetcher.formData?.get("intent");
  const error = fetcher.state === "idle" ? fetcher.data?.formError : undefined;
  // The confirmation comes from the fetcher with JavaScript, from the page's action data without it.
  const fromFetcher = fetcher.state === "idle" && fetcher.data?.confirmComplete && dismissed !== fetcher.data;
  const asking = meeting.status === "in_progress" && (fromFetcher || (confirmComplete && dismissed !== "page"));
  const to = `/meetings/${meeting.id}/live`;
  const label = (intent: string, text: string) => (busy && sending === intent ? t("meetingsLive.preside.busy") : text);

  if (meeting.status !== "convened" && meeting.status !== "in_progress") return null;
  return (
    <section className="card live-preside" aria-labelledby="live-preside-title">
      <h2 id="live-preside-title">{t("meetingsLive.preside.title")}</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {meeting.status === "convened" && (
        <>
          <p>{t("meetingsLive.preside.startLead")}</p>
          {!view.quorum.quorate && <p className="live-preside__warning">{t("meetingsLive.preside.startNotQuorate")}</p>}
          <fetcher.Form method="post" action={to}>
            <button type="submit" name="intent" value="start" className="button" disabled={busy}>
              {label("start", t("meetingsLive.preside.start"))}
            </button>
          </fetcher.Form>
        </>
      )}
      {meeting.status === "in_progress" && (
        <>
          {next ? (
            <fetcher.Form method="post" action={to} className="live-preside__next">
              <input type="hidden" name="from" value={current?.id ?? ""} />
              <button type="submit" name="intent" value="next" className="button" disabled={busy}>
                {label("next", t("meetingsLive.preside.next", { title: `${next.number}. ${next.title}` }))}
              </button>
            </fetcher.Form>
          ) : (
            items.length > 0 && <p className="muted">{t("meetingsLive.preside.lastItem")}</p>
          )}
          {items.length > 0 && (
            <fetcher.Form method="post" action={to} className="live-preside__choose">
              <SelectField
                key={current?.id ?? "none"}
                label={t("meetingsLive.preside.item")}
                name="itemId"
                defaultValue={current?.id ?? ""}
              >
                <option value="">{t("meetingsLive.preside.noItem")}</option>
                {items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.number}. {item.title}
                  </option>
                ))}
              </SelectField>
              <button type="submit" name="intent" value="current" className="button button--quiet" disabled={busy}>
                {label("current", t("meetingsLive.preside.choose"))}
              </button>
            </fetcher.Form>
          )}
          {asking ? (
            <Notice tone="warning">
              <p>{t("meetingsLive.preside.completeConfirm")}</p>
              <fetcher.Form method="post" action={to} className="actions">
                <input type="hidden" name="confirm" value="yes" />
                <button type="submit" name="intent" value="complete" className="button button--danger" disabled={busy}>
                  {label("complete", t("meetingsLive.preside.completeYes"))}
                </button>
                {/* Without JavaScript, following the link reloads the page without the question. */}
                <a
                  href={to}
                  className="button button--quiet"
                  onClick={(event) => {
                    event.preventDefault();
                    setDismissed(fromFetcher ? fetcher.data : "page");
                  }}
                >
                  {t("meetingsLive.preside.completeNo")}
                </a>
              </fetcher.Form>
            </Notice>
          ) : (
            <fetcher.Form method="post" action={to}>
              <button
                type="submit"
                name="intent"
                value="complete"
                className="button button--quiet live-preside__complete"
                disabled={busy}
              >
                {t("meetingsLive.preside.complete")}
              </button>
            </fetcher.Form>
          )}
        </>
      )}
    </section>
  );
}
