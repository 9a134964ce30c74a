import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ConferenceWhen } from "~/components/conferences/ConferenceWhen";
import { ProgrammeView } from "~/components/conferences/ProgrammeView";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { OutcomeLink } from "~/components/outcome/OutcomeLink";
import { can } from "~/lib/policy";
import { conferenceFor } from "~/web/access.server";
import { conferencePage } from "~/web/conference-page.server";
import { outcomeLinkOf } from "~/web/outcome-view.server";
import { localeOf } from "~/web/request.server";
import stylesHref from "~/styles/conference.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesHref }];

/** Issue 12: the public page, readable without an account once published; before that, its organisers' only (404). */
export async function loader(args: LoaderFunctionArgs) {
  const ctx = conferenceFor(args, "conference.read");
  const locale = localeOf(args.request, args.context);
  return {
    conference: conferencePage(args.context.services.db, ctx, ctx.user, locale),
    // The outcome document: published to the library, or (for its organisers and participants) being drafted.
    outcome: outcomeLinkOf(args.context, ctx),
    // Decision 0027: a registrant (by their link or signed-in address) finds their own page from here.
    ownRegistration: can(ctx.user, "registration.own", ctx.scope),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Страница не найдена · Page not found" }];
  const { conference } = data;
  const description = conference.theme.length > 300 ? `${conference.theme.slice(0, 297)}…` : conference.theme;
  return [
    { title: conference.title },
    { name: "description", content: description },
    { property: "og:title", content: conference.title },
    { property: "og:description", content: description },
    { property: "og:type", content: "event" },
  ];
};

export default function ConferencePublicPage() {
  const { t } = useI18n();
  const { conference: c, outcome, ownRegistration } = useLoaderData<typeof loader>();
  return (
    <article className="conference">
      {!c.published && <Notice tone="warning">{t("conference.notPublished")}</Notice>}
      <header className="page-header">
        <div>
          <p className="muted">{t("conference.kicker")}</p>
          <h1>{c.title}</h1>
          <p className="page-header__lead">
            <span className="visually-hidden">{t("conference.theme")}: </span>
            {c.theme}
          </p>
        </div>
      </header>
      <section className="card" aria-labelledby="when-where">
        <h2 id="when-where">{t("conference.whenWhere")}</h2>
        <ConferenceWhen startsAt={c.startsAt} endsAt={c.endsAt} timeZone={c.timeZone} />
        <dl className="conference-facts">
          {c.venue && (
            <>
              <dt>{t("conference.venue")}</dt>
              <dd>{c.venue}</dd>
            </>
          )}
          {c.online && (
            <>
              <dt>{t("conference.online")}</dt>
              <dd>
                {c.videoLink ? (
                  <a href={c.videoLink} rel="noopener noreferrer">
                    {t("conference.join")}
                  </a>
                ) : (
                  t("conference.linkForParticipants")
                )}
              </dd>
            </>
          )}
          <dt>{t("conference.organisers")}</dt>
          <dd>
            <ul className="plain">
              {c.organisers.map((o) => (
                <li key={o.name}>
                  {o.name}
                  {o.country && <span className="muted"> ({o.country})</span>}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        <p className="actions">
          {ownRegistration ? (
            <Link className="button" to={`/conferences/${c.id}/my-registration`}>
              {t("registrant.title")}
            </Link>
          ) : (
            <Link className="button" to={`/conferences/${c.id}/register`}>
              {t("conference.register")}
            </Link>
          )}
          {c.canManage && (
            <Link className="button button--quiet" to={`/conferences/${c.id}/manage`}>
              {t("conference.manage")}
            </Link>
          )}
        </p>
      </section>
      <section className="card" aria-labelledby="programme">
        <h2 id="programme">{t("programme.title")}</h2>
        <ProgrammeView conferenceId={c.id} items={c.programme} timeZone={c.timeZone} />
      </section>
      {outcome && (
        <section className="card" aria-labelledby="outcome" data-slot="outcome">
          <h2 id="outcome">{t("conference.outcome")}</h2>
          <OutcomeLink link={outcome} />
        </section>
      )}
    </article>
  );
}
