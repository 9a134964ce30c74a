import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { eq } from "drizzle-orm";
import { answerInvitation } from "../../db/commands/meetings/attendance";
import { guestSchema, inviteGuest } from "../../db/commands/meetings/guests";
import { listOrganisations } from "../../db/queries/organisations";
import { authorize } from "../../db/commands/meetings/load";
import { submitOpinion } from "../../db/commands/meetings/opinions";
import { agendaOf, attendanceOf, guestsOf, opinionOf, rollOf, rsvpOf } from "../../db/queries/meetings";
import { files } from "../../db/schema";
import { useI18n } from "~/components/i18n";
import { AnswerForm } from "~/components/meetings/participants/AnswerForm";
import { GuestsSection } from "~/components/meetings/participants/GuestsSection";
import { OpinionSection } from "~/components/meetings/participants/OpinionSection";
import { RollSection } from "~/components/meetings/participants/RollSection";
import type {
  AgendaChoice,
  FormResult,
  GuestRow,
  Me,
  MyOpinion,
  Permissions,
  RollSide,
} from "~/components/meetings/participants/types";
import { Notice } from "~/components/ui/Notice";
import { parseForm } from "~/lib/forms";
import { requireMeetingAccess } from "~/lib/meeting-access.server";
import { rsvpAnswers, type RsvpAnswer } from "~/lib/meeting-states";
import { can } from "~/lib/policy";
import { failure, translateFieldErrors, translatorFor } from "~/lib/request.server";
import { readAnyForm, uploadedFile } from "~/lib/uploads.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, meeting, scope } = requireMeetingAccess(request, context, params.meetingId);
  const { db } = context.services;
  const t = translatorFor(request, context);
  const marks = attendanceOf(db, meeting.id);
  const presenceOf = (userId: number) => marks.find((m) => m.userId === userId)?.presence ?? null;
  const canManage = can(user, "meeting.manage", scope);

  const sides: RollSide[] = rollOf(db, meeting).map(({ side, seats }) => ({
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
  };

  return {
    title: t("meetingsParticipants.metaTitle", { n: meeting.number }),
    meeting: { id: meeting.id, status: meeting.status, startsAt: meeting.startsAt.toISOString() },
    sides,
    guests,
    items,
    me,
    can: permissions,
    organisations: canManage
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
  const { user, meeting, scope } = requireMeetingAccess(request, context, params.meetingId);
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
        const itemIds = form
          .getAll("itemIds")
          .map((v) => Number(v))
          .filter((n) => Number.isInteger(n) && n > 0);
        const existed = opinionOf(services.db, meeting.id, user.id) !== null;
        submitOpinion(services, user, meeting.id, {
          text: String(form.get("text") ?? ""),
          itemIds,
          upload: await uploadedFile(form, "file"),
        });
        return back(existed ? "opinionUpdated" : "opinionSaved", "#opinion");
      }
      case "invite": {
        authorize(user, "meeting.manage", scope, "meeting.notEditable");
        const parsed = parseForm(guestSchema, form);
        if (!parsed.ok) return fail(translateFieldErrors(parsed.fieldErrors, t));
        inviteGuest(services, user, meeting.id, parsed.data);
        return back("guestInvited");
      }
      default:
        return fail({}, t("field.invalid"), 400);
    }
  } catch (error) {
    const { body, status } = failure(error, t);
    return fail(body.fieldErrors ?? {}, body.formError, status);
  }
}

const notices = ["answered", "answeredAbsent", "opinionSaved", "opinionUpdated", "guestInvited"] as const;

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
      (result.intent === "invite" && view.can.manage)
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
    </>
  );
}
