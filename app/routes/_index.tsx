import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { bodiesFor } from "../../db/queries/bodies";
import { upcomingMeetingsFor } from "../../db/queries/meetings";
import { MeetingList } from "~/components/meetings/MeetingList";
import { AwaitingSignature } from "~/components/protocol/AwaitingSignature";
import { awaitingSignatureOf } from "../../db/queries/protocol-signing";
import { bodyTitle } from "~/lib/body-rules";
import { platformOverview } from "../../db/queries/platform-overview";
import { BodyList } from "~/components/bodies/BodyList";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { ShareBar } from "~/components/ui/ShareBar";
import { PartnerLibrary } from "~/components/library/PartnerLibrary";
import { countryName } from "~/lib/countries";
import type { MessageKey } from "~/lib/i18n-core";
import { can } from "~/lib/policy";
import { newestDocuments, readerOf } from "../../db/library/read";
import { myAssignmentsOf } from "../../db/queries/assignments";
import { publishedConferences } from "../../db/queries/conference-programme";
import { MyAssignments } from "~/components/assignments/MyAssignments";
import { localeOf, requireUser } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Платформа сотрудничества" }];

const notices: Record<string, MessageKey> = { welcome: "home.welcome", passwordReset: "home.passwordReset" };
const palette = ["#1d4e89", "#2a9d8f", "#c9733a", "#7b5ea7", "#5f6b7a", "#b23a48"];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireUser(request, context);
  const locale = localeOf(request, context);
  const overview = can(user, "users.manage") ? platformOverview(context.services.db) : null;
  const bodies = bodiesFor(context.services.db, { id: user.id, isAdmin: false });
  const db = context.services.db;
  return {
    name: user.name,
    bodies,
    toSign: awaitingSignatureOf(db, user.id).map(({ meeting, body, final }) => ({
      meetingId: meeting.id,
      number: meeting.number,
      bodyTitle: bodyTitle(body, locale),
      finalNumber: final.number,
    })),
    // A partner sits in no body: they come for the library (issue 11), so the home page leads there.
    library:
      bodies.length === 0
        ? newestDocuments(db, readerOf(db, user), 5).map(({ id, title, kind, adoptedOn }) => ({
            id,
            title,
            kind,
            adoptedOn,
          }))
        : null,
    assignments: bodies.length ? myAssignmentsOf(db, user.id) : null,
    // Issue 12: the published conferences, which anyone may read and register for.
    conferences: publishedConferences(db).map((c) => ({
      id: c.id,
      title: bodyTitle(c, locale),
      startsAt: c.startsAt.toISOString(),
    })),
    meetings: upcomingMeetingsFor(context.services.db, user.id).map(({ meeting, body }) => ({
      id: meeting.id,
      number: meeting.number,
      status: meeting.status,
      startsAt: meeting.startsAt,
      place: meeting.place,
      bodyTitle: bodyTitle(body, locale),
    })),
    admin: overview && {
      ...overview,
      byCountry: overview.byCountry.map((r) => ({
        label: r.country === "—" ? "—" : countryName(r.country, locale),
        value: r.n,
      })),
    },
  };
}

export default function Home() {
  const { t, date } = useI18n();
  const { name, bodies, meetings, admin, library, toSign, assignments, conferences } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const notice = notices[params.get("notice") ?? ""];
  return (
    <>
      <PageHeader title={t("home.title", { name })} lead={t("home.lead")} />
      {notice && <Notice tone="success">{t(notice)}</Notice>}
      <AwaitingSignature items={toSign} />
      {library && <PartnerLibrary documents={library} />}
      <section className="card" aria-labelledby="coming">
        <h2 id="coming">{t("home.coming")}</h2>
        <MeetingList meetings={meetings} empty={t("home.noMeetings")} />
      </section>
      {assignments && <MyAssignments rows={assignments} />}
      {conferences.length > 0 && (
        <section className="card" aria-labelledby="conferences">
          <h2 id="conferences">{t("conference.homeTitle")}</h2>
          <ul>
            {conferences.map((c) => (
              <li key={c.id}>
                <Link to={`/conferences/${c.id}`}>{c.title}</Link> <span className="muted">{date(c.startsAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="my-bodies">
        <h2 id="my-bodies">{t("home.myBodies")}</h2>
        {library ? <p className="empty">{t("home.noBodies")}</p> : <BodyList bodies={bodies} />}
      </section>
      {admin && (
        <section className="card" aria-labelledby="platform">
          <h2 id="platform">{t("home.platform")}</h2>
          <div className="grid-2">
            <ShareBar
              label={t("home.accounts")}
              parts={[
                { label: t("user.status.active"), value: admin.users.active, color: "#1f6b3a" },
                { label: t("user.status.invited"), value: admin.users.invited, color: "#c98a00" },
                { label: t("user.status.disabled"), value: admin.users.disabled, color: "#a4161a" },
              ]}
            />
            <ShareBar
              label={t("home.byCountry")}
              parts={admin.byCountry.map((c, i) => ({ ...c, color: palette[i % palette.length]! }))}
            />
          </div>
          {admin.mail.failed > 0 && (
            <Notice tone="warning">
              {t("home.mailFailed", { n: admin.mail.failed })} <Link to="/admin/outbox">{t("nav.outbox")}</Link>
            </Notice>
          )}
          <p className="actions">
            <Link className="button" to="/admin/users">
              {t("nav.users")}
            </Link>
            <Link className="button button--quiet" to="/admin/organisations">
              {t("nav.organisations")}
            </Link>
            <Link className="button button--quiet" to="/admin/audit">
              {t("nav.audit")}
            </Link>
            <Link className="button button--quiet" to="/admin/outbox">
              {t("nav.outbox")}
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
