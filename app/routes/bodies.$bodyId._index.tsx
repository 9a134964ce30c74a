import { type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { findFile } from "../../db/files/find";
import { compositionAt, coChairAbsences } from "../../db/queries/bodies";
import { meetingsOfBody } from "../../db/queries/meetings";
import { meetingScope } from "../../db/access";
import { conferenceScope } from "../../db/area-access";
import { assignmentCountsOf } from "../../db/queries/execution-control";
import { BodyAssignmentsSummary } from "~/components/assignments/BodyAssignmentsSummary";
import { signedProtocolsOf } from "../../db/queries/signed-protocols";
import { SignedProtocols } from "~/components/protocol-export/SignedProtocols";
import { MeetingList } from "~/components/meetings/MeetingList";
import { CompositionBySide, type SideComposition } from "~/components/bodies/CompositionBySide";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { ShareBar } from "~/components/ui/ShareBar";
import { bodyFor } from "~/web/access.server";
import { countryName } from "~/lib/countries";
import { can } from "~/lib/policy";
import { localeOf } from "~/web/request.server";
import { endOfLocalDay, isLocalDate, localDateOf } from "~/lib/zoned-time";

const sideColours = ["#1d4e89", "#2a9d8f", "#c9733a", "#7b5ea7", "#5f6b7a", "#b23a48"];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, body, scope } = bodyFor({ request, context, params }, "body.read");
  const locale = localeOf(request, context);
  const asked = new URL(request.url).searchParams.get("at") ?? "";
  // "As of a date" means at the end of that day in the body's timezone.
  const at = isLocalDate(asked) ? new Date(endOfLocalDay(asked, body.timezone).getTime() - 1) : new Date();
  const today = localDateOf(new Date(), body.timezone);
  // R5 (3.3): the co-chairs' absence periods in force or ahead, shown on their seats.
  const absences = asked ? [] : coChairAbsences(context.services.db, body.id, today);
  // Only what the tables show: no e-mail addresses or internal ids of every member in every reader's page.
  const seated = compositionAt(context.services.db, body.id, at);
  const composition = seated.map(({ side, seats }): SideComposition => ({
    side: {
      id: side.id,
      name: side.name,
      countryName: side.country ? countryName(side.country, locale) : null,
      organisationName: side.organisationName,
    },
    seats: seats.map(({ membershipId, name, organisation, position, role }) => ({
      membershipId,
      name,
      organisation,
      position,
      role,
      away: absences.filter((a) => a.membershipId === membershipId).map((a) => ({ from: a.from, to: a.to })),
    })),
    canChange: can(user, "composition.change", { ...scope, sideId: side.id }),
  }));
  // Drafts are listed only to those who may read them (the officers preparing them).
  const meetings = meetingsOfBody(context.services.db, body.id)
    .filter((m) => can(user, "meeting.read", { ...scope, seatsAtMeeting: scope.seats, status: m.status, guest: null }))
    .map((m) => ({ id: m.id, number: m.number, status: m.status, startsAt: m.startsAt, place: m.place }));
  const regulation = body.regulationFileId ? findFile(context.services.db, body.regulationFileId) : null;
  return {
    body: {
      id: body.id,
      timezone: body.timezone,
      quorumRule: body.quorumRule,
      quorumPercent: body.quorumPercent,
      materialsDeadlineDays: body.materialsDeadlineDays,
      signatories: body.signatories,
    },
    composition,
    asOf: isLocalDate(asked) ? asked : null,
    today,
    mayRecordAbsence:
      composition.some((c) => c.canChange) ||
      seated.some((c) => c.seats.some((s) => s.role === "co_chair" && s.userId === user.id)),
    regulation: regulation && { name: regulation.originalName, size: regulation.size },
    meetings,
    signedProtocols: signedProtocolsOf(context.services.db, body.id).filter((p) =>
      meetings.some((m) => m.id === p.meetingId),
    ),
    canConvene: can(user, "meeting.create", scope),
    // Issue 12: a conference's body leads to its public page and, for its organisers, to their management page.
    conference:
      body.kind === "conference"
        ? {
            canManage: can(
              user,
              "conference.manage",
              conferenceScope(context.services.db, body, { actor: user }).scope,
            ),
          }
        : null,
    assignmentCounts: assignmentCountsOf(context.services.db, body),
  };
}

export default function BodyOverview() {
  const { t } = useI18n();
  const {
    body,
    composition,
    asOf,
    today,
    regulation,
    meetings,
    signedProtocols,
    canConvene,
    mayRecordAbsence,
    assignmentCounts,
    conference,
  } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      {params.get("notice") === "created" && <Notice tone="success">{t("body.created")}</Notice>}
      <div className="grid-2 grid-2--wide-first">
        <section aria-labelledby="composition">
          <h2 id="composition">{asOf ? t("body.compositionAsOf", { date: asOf }) : t("body.composition")}</h2>
          <Form method="get" className="search-row">
            <TextField label={t("body.asOf")} name="at" type="date" defaultValue={asOf ?? today} max={today} />
            <button type="submit" className="button button--quiet">
              {t("body.show")}
            </button>
            {asOf && (
              <Link to="." className="button button--quiet">
                {t("body.now")}
              </Link>
            )}
          </Form>
          <CompositionBySide composition={composition} bodyId={body.id} editable={!asOf} />
          {mayRecordAbsence && !asOf && (
            <p>
              <Link className="button button--quiet" to={`/bodies/${body.id}/absences`}>
                {t("absence.manage")}
              </Link>
            </p>
          )}
        </section>
        <aside>
          {conference && (
            <section className="card" aria-labelledby="conference-links">
              <h2 id="conference-links">{t("conference.bodyLinks")}</h2>
              <p className="actions">
                <Link className="button" to={`/conferences/${body.id}`}>
                  {t("conference.publicPage")}
                </Link>
                {conference.canManage && (
                  <Link className="button button--quiet" to={`/conferences/${body.id}/manage`}>
                    {t("conference.manage")}
                  </Link>
                )}
              </p>
            </section>
          )}
          <section className="card" aria-labelledby="by-side">
            <h2 id="by-side">{t("body.membersBySide")}</h2>
            <ShareBar
              label={t("body.membersBySideCaption")}
              parts={composition.map((c, i) => ({
                label: c.side.name,
                value: c.seats.length,
                color: sideColours[i % sideColours.length]!,
              }))}
            />
          </section>
          <section className="card" aria-labelledby="rules">
            <h2 id="rules">{t("body.rules")}</h2>
            <dl className="facts">
              <dt>{t("body.quorumRule")}</dt>
              <dd>
                {t(`body.quorum.${body.quorumRule}`)}
                {body.quorumRule === "overall_percent" ? ` — ${body.quorumPercent}%` : ""}
              </dd>
              <dt>{t("body.deadlineDays")}</dt>
              <dd>{t("body.deadlineValue", { n: body.materialsDeadlineDays })}</dd>
              <dt>{t("body.signatories")}</dt>
              <dd>{t(`body.signatories.${body.signatories}`)}</dd>
              <dt>{t("body.timezone")}</dt>
              <dd>{body.timezone}</dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="documents">
            <h2 id="documents">{t("body.documents")}</h2>
            <h3 className="card__subtitle">{t("body.regulation")}</h3>
            {regulation ? (
              <a href={`/bodies/${body.id}/regulation`} download>
                {regulation.name} ({Math.ceil(regulation.size / 1024)} {t("unit.kb")})
              </a>
            ) : (
              <p className="muted">{t("body.noRegulation")}</p>
            )}
          </section>
          <SignedProtocols protocols={signedProtocols} />
          <section className="card" aria-labelledby="assignments">
            <h2 id="assignments">{t("body.assignments")}</h2>
            <BodyAssignmentsSummary bodyId={body.id} counts={assignmentCounts} />
          </section>
          <section className="card" aria-labelledby="sessions">
            <h2 id="sessions">{t("body.sessions")}</h2>
            {canConvene && (
              <p>
                <Link className="button" to={`/bodies/${body.id}/meetings/new`}>
                  {t("meeting.new")}
                </Link>
              </p>
            )}
            <MeetingList meetings={meetings} empty={t("body.noSessions")} />
          </section>
        </aside>
      </div>
    </>
  );
}
