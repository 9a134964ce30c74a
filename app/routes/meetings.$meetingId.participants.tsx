import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { eq } from "drizzle-orm";
import { answerInvitation } from "../../db/commands/meetings/attendance";
import { guestSchema, inviteGuest } from "../../db/commands/meetings/guests";
import {
  declineGuestProposal,
  declineProposalSchema,
  guestProposalSchema,
  inviteProposedGuest,
  proposeGuest,
} from "../../db/commands/meetings/guest-proposals";
import { proposalRowsFor } from "../../db/queries/guest-proposals";
import { listOrganisations } from "../../db/queries/organisations";
import { authorize } from "../../db/access";
import { mayActAsChairNow } from "../../db/commands/meetings/acting";
import { submitOpinion } from "../../db/commands/meetings/opinions";
import { agendaOf, attendanceOf, guestsOf, opinionOf, rollOf, rsvpOf } from "../../db/queries/meetings";
import { files } from "../../db/schema/bodies";
import { rollAndQuorumOf } from "../../db/queries/meeting-rolls";
import { useI18n } from "~/components/i18n";
import { AnswerForm } from "~/components/meetings/participants/AnswerForm";
import { GuestsSection } from "~/components/meetings/participants/GuestsSection";
import { OpinionSection } from "~/components/meetings/participants/OpinionSection";
import { ProposalsSection } from "~/components/meetings/participants/ProposalsSection";
import { RollSection } from "~/components/meetings/participants/RollSection";
import {
  type AgendaChoice,
  type FormResult,
  type GuestRow,
  type Me,
  type MyOpinion,
  type Permissions,
  type ProposalRow,
  type RollSide,
} from "~/components/meetings/participants/types";
import { Notice } from "~/components/ui/Notice";
import { parseForm } from "~/lib/forms";
import { meetingFor } from "~/web/access.server";
import { rsvpAnswers, type RsvpAnswer } from "~/lib/meeting-states";
import { can } from "~/lib/policy";
import { failure, translateFieldErrors, translatorFor, formIds } from "~/web/request.server";
import { readAnyForm, uploadedFile } from "~/web/uploads.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, meeting, body, scope } = meetingFor({ request, context, params }, "meeting.read");
  const { db } = context.services;
  const t = translatorFor(request, context);
  const marks = attendanceOf(db, meeting.id);
  const presenceOf = (userId: number) => marks.find((m) => m.userId === userId)?.presence ?? null;
  // R5: a deputy sees the invitation controls only while acting for the co-chair.
  const canManage =
    can(user, "guest.invite", scope) && mayActAsChairNow(db, user, { body, scope, meeting }, new Date());

  // R9: a completed meeting's roll is the one stored when it closed.
  const sides: RollSide[] = rollAndQuorumOf(db, meeting, body).roll.map(({ side, seats }) => ({
    id: side.id,
    name: side.name,
    seats: seats.map((s) => ({
      userId: s.userId,
      name: s.name,
      role: s.role,
      organisation: s.organisation,
      position: s.position,
      rsvp: s.rsvp,
      presence: s.presence,
    })),
  }));
  const guests: GuestRow[] = guestsOf(db, meeting.id).map((g) => ({
    userId: g.userId,
    name: g.name,
    organisation: g.organisation,
    kind: g.kind,
    pending: g.status === "invited",
    presence: presenceOf(g.userId),
    email: canManage ? g.email : null,
  }));
  const items: AgendaChoice[] = agendaOf(db, meeting.id)
    .filter((i) => i.status === "accepted")
    .map((i, index) => ({ id: i.id, number: index + 1, title: i.title }));

  const own = opinionOf(db, meeting.id, user.id);
  const file = own?.fileId
    ? (db.select({ name: files.originalName, size: files.size }).from(files).where(eq(files.id, own.fileId)).get() ??
      null)
    : null;
  const opinion: MyOpinion | null = own
    ? {
        id: own.id,
        text: own.text,
        itemIds: own.itemIds,
        file,
        submittedAt: own.submittedAt.toISOString(),
        updatedAt: own.updatedAt.toISOString(),
        readOutAt: own.readOutAt?.toISOString() ?? null,
      }
    : null;
  const me: Me = {
    userId: user.id,
    seated: scope.seats.length > 0,
    guestKind: scope.guest,
    rsvp: rsvpOf(db, meeting.id, user.id)?.answer ?? null,
    presence: presenceOf(user.id),
    opinion,
  };
  const permissions: Permissions = {
    answer: can(user, "rsvp.answer", scope),
    opinion: can(user, "opinion.submit", scope),
    manage: canManage,
    propose: can(user, "guest.propose", scope),
    readProposals: can(user, "guest.readProposals", scope),
  };
  const proposals: ProposalRow[] = permissions.readProposals ? proposalRowsFor(db, user, scope, meeting.id) : [];

  return {
    title: t("meetingsParticipants.metaTitle", { n: meeting.number }),
    meeting: { id: meeting.id, status: meeting.status, startsAt: meeting.startsAt.toISOString() },
    sides,
    guests,
    proposals,
    items,
    me,
    can: permissions,
    organisations:
      canManage || permissions.propose
        ? listOrganisations(db).map((o) => ({ id: o.id, shortName: o.shortName, name: o.name, country: o.country }))
        : [],
  };
}

/** What was typed, to put back into the form after a refusal (never a file). */
function typedValues(form: FormData): FormResult["values"] {
  const values: FormResult["values"] = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length) values[key] = key === "itemIds" ? all : all[0]!;
  }
  return values;
}

const isAnswer = (value: string): value is RsvpAnswer => (rsvpAnswers as readonly string[]).includes(value);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting, body, scope } = meetingFor({ request, context, params }, "meeting.read");
  const { services } = context;
  const t = translatorFor(request, context);
  const read = await readAnyForm(request, context);
  if (read.tooLarge) {
    const result: FormResult = { intent: "opinion", fieldErrors: { file: t("file.tooLarge") }, values: {} };
    return data(result, { status: 413 });
  }
  const form = read.form;
  const intent = String(form.get("intent") ?? "");
  const values = typedValues(form);
  const fail = (fieldErrors: Record<string, string>, formError?: string, status = 422) =>
    data<FormResult>({ intent, fieldErrors, formError, values }, { status });
  const back = (notice: string, hash = "") => redirect(`/meetings/${meeting.id}/participants?notice=${notice}${hash}`);
  try {
    switch (intent) {
      case "answer": {
        // Asked first, so that a guest or a late answer hears why, not that the form was incomplete.
        authorize(user, "rsvp.answer", scope, "rsvp.closed");
        const answer = String(form.get("answer") ?? "");
        if (!isAnswer(answer)) return fail({ answer: t("meetingsParticipants.my.choose") });
        answerInvitation(services, user, meeting.id, answer);
        return back(answer === "absent" ? "answeredAbsent" : "answered", answer === "absent" ? "#opinion" : "");
      }
      case "opinion": {
        authorize(user, "opinion.submit", scope, "opinion.closed");
        const itemIds = formIds(form, "itemIds");
        const existed = opinionOf(services.db, meeting.id, user.id) !== null;
        submitOpinion(services, user, meeting.id, {
          text: String(form.get("text") ?? ""),
          itemIds,
          upload: await uploadedFile(form, "file"),
        });
        return back(existed ? "opinionUpdated" : "opinionSaved", "#opinion");
      }
      case "invite": {
        authorize(user, "guest.invite", scope, "meeting.notEditable");
        const parsed = parseForm(guestSchema, form);
        if (!parsed.ok) return fail(translateFieldErrors(parsed.fieldErrors, t));
        inviteGuest(services, user, meeting.id, parsed.data);
        return back("guestInvited");
      }
      case "propose": {
        authorize(user, "guest.propose", scope, "guestProposal.closed");
        const parsed = parseForm(guestProposalSchema, form);
        if (!parsed.ok) return fail(translateFieldErrors(parsed.fieldErrors, t));
        proposeGuest(services, user, meeting.id, parsed.data);
        return back("guestProposed", "#participants-proposals");
      }
      case "inviteProposal":
      case "declineProposal": {
        authorize(user, "guest.invite", scope, "meeting.notEditable");
        const proposalId = Number(form.get("proposalId"));
        if (!Number.isSafeInteger(proposalId) || proposalId <= 0) return fail({}, t("guestProposal.notFound"), 404);
        if (intent === "inviteProposal") {
          inviteProposedGuest(services, user, meeting.id, proposalId);
          return back("guestInvited", "#participants-proposals");
        }
        const parsed = parseForm(declineProposalSchema, form);
        if (!parsed.ok) return fail(translateFieldErrors(parsed.fieldErrors, t));
        declineGuestProposal(services, user, meeting.id, proposalId, parsed.data.reason);
        return back("proposalDeclined", "#participants-proposals");
      }
      default:
        return fail({}, t("field.invalid"), 400);
    }
  } catch (error) {
    const { body, status } = failure(error, t);
    return fail(body.fieldErrors ?? {}, body.formError, status);
  }
}

const notices = [
  "answered",
  "answeredAbsent",
  "opinionSaved",
  "opinionUpdated",
  "guestInvited",
  "guestProposed",
  "proposalDeclined",
] as const;

/** Who takes part: the roll by side with answers and presence, my answer and written opinion, and the guests. */
export default function MeetingParticipants() {
  const { t, date } = useI18n();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const [params] = useSearchParams();
  const notice = notices.find((n) => n === params.get("notice"));
  const resultFor = (intent: string) => (result?.intent === intent ? result : undefined);
  const { me } = view;
  // A refusal is shown in the section of its form; one whose form is not on the page (a guest's answer) at the top.
  const shownInSection = result
    ? ((result.intent === "answer" || result.intent === "opinion") && me.seated) ||
      (result.intent === "invite" && view.can.manage) ||
      (result.intent === "propose" && view.can.propose) ||
      (/Proposal$/.test(result.intent) && view.can.manage)
    : false;
  return (
    <>
      {notice && !result && <Notice tone="success">{t(`meetingsParticipants.notice.${notice}`)}</Notice>}
      {result?.formError && !shownInSection && <Notice tone="error">{result.formError}</Notice>}
      {me.guestKind && !me.seated && (
        <Notice tone="info">
          {t("meetingsParticipants.guestNote", { kind: t(`meetingsParticipants.guests.kind.${me.guestKind}`) })}
        </Notice>
      )}
      {me.seated && (
        <div className="participants-mine">
          <AnswerForm me={me} status={view.meeting.status} canAnswer={view.can.answer} result={resultFor("answer")} />
          <OpinionSection
            me={me}
            items={view.items}
            status={view.meeting.status}
            canSubmit={view.can.opinion}
            result={resultFor("opinion")}
          />
        </div>
      )}
      <RollSection
        sides={view.sides}
        meUserId={me.userId}
        status={view.meeting.status}
        date={date(view.meeting.startsAt)}
      />
      <GuestsSection
        guests={view.guests}
        meUserId={me.userId}
        canManage={view.can.manage}
        result={resultFor("invite")}
        organisations={view.organisations}
      />
      {view.can.readProposals && (
        <ProposalsSection
          proposals={view.proposals}
          canPropose={view.can.propose}
          canDecide={view.can.manage}
          proposeResult={resultFor("propose")}
          decisionResult={result && /Proposal$/.test(result.intent) ? result : undefined}
          organisations={view.organisations}
        />
      )}
    </>
  );
}
