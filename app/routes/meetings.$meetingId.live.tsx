import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { registerPresence } from "../../db/commands/meetings/attendance";
import { markOpinionRead } from "../../db/commands/meetings/opinions";
import { completeMeeting, moveToNextItem, setCurrentItem, startMeeting } from "../../db/commands/meetings/presiding";
import { authorize } from "../../db/access";
import { useI18n } from "~/components/i18n";
import { ActingChairs } from "~/components/meetings/live/ActingChairs";
import { CurrentItem } from "~/components/meetings/live/CurrentItem";
import { liveView, type LiveActionResult } from "~/web/live-view.server";
import { LiveQuorum } from "~/components/meetings/live/LiveQuorum";
import { PresideControls } from "~/components/meetings/live/PresideControls";
import { RollCall } from "~/components/meetings/live/RollCall";
import { Notice } from "~/components/ui/Notice";
import { DomainError } from "~/lib/errors";
import { defaultLocale, translate, type Locale, type MessageKey } from "~/lib/i18n";
import { meetingFor } from "~/web/access.server";
import { failure, translatorFor, formId, optionalFormId, readForm } from "~/web/request.server";

/** "Ход заседания · № 3 · <body>", in the reader's language (the root's data names it). */
export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const locale = (matches.find((m) => m.id === "root")?.data as { locale?: Locale } | undefined)?.locale;
  const frame = matches.find((m) => m.id === "routes/meetings.$meetingId")?.data as
    { meeting?: { number: number }; bodyTitle?: string } | undefined;
  const title = translate(locale ?? defaultLocale, "meetingsLive.title");
  return [{ title: frame?.meeting ? `${title} · № ${frame.meeting.number} · ${frame.bodyTitle ?? ""}` : title }];
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return liveView(context.services, meetingFor({ request, context, params }, "meeting.read"));
}

/** The commands' refusals are said in their own words, except the bare "no access", which this page explains. */
const refusals: Partial<Record<MessageKey, MessageKey>> = { "error.forbidden.title": "meetingsLive.error.forbidden" };

const refused = (key: MessageKey, status: DomainError["status"]) => new DomainError(key, status);
const presences = { in_person: "in_person", video: "video", none: null } as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting, scope } = meetingFor({ request, context, params }, "meeting.read");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent") ?? "");
  const { services } = context;
  const answer = (extra: Partial<LiveActionResult> = {}, status = 200) =>
    data<LiveActionResult>({ intent, ...extra }, { status });
  try {
    switch (intent) {
      case "presence": {
        const presence = String(form.get("presence") ?? "");
        if (!Object.hasOwn(presences, presence)) throw refused("meetingsLive.error.invalid", 400);
        registerPresence(
          services,
          user,
          meeting.id,
          formId(form, "userId"),
          presences[presence as keyof typeof presences],
        );
        return answer();
      }
      case "start":
        startMeeting(services, user, meeting.id);
        return answer();
      case "current": {
        setCurrentItem(services, user, meeting.id, optionalFormId(form, "itemId"));
        return answer();
      }
      case "next": {
        // `from` is the item the chair saw: a second click on the same button must not skip an item.
        moveToNextItem(services, user, meeting.id, optionalFormId(form, "from"));
        return answer();
      }
      case "complete":
        // Completing cannot be undone: the first press only asks to confirm.
        if (form.get("confirm") !== "yes") {
          authorize(user, "meeting.preside", scope, "meeting.notInProgress");
          return answer({ confirmComplete: true });
        }
        completeMeeting(services, user, meeting.id);
        return answer();
      case "readOut":
        markOpinionRead(services, user, meeting.id, formId(form, "opinionId"));
        return answer();
      default:
        throw refused("meetingsLive.error.invalid", 400);
    }
  } catch (error) {
    let problem = error;
    if (error instanceof DomainError && refusals[error.messageKey])
      problem = refused(refusals[error.messageKey]!, error.status);
    // An item or opinion that is gone means the page is stale, not that the meeting is missing.
    if (error instanceof DomainError && error.status === 404 && intent === "current")
      problem = refused("meetingsLive.error.noSuchItem", 422);
    if (error instanceof DomainError && error.status === 404 && intent === "readOut")
      problem = refused("meetingsLive.error.noSuchOpinion", 422);
    const { body, status } = failure(problem, t);
    return answer({ formError: body.formError ?? Object.values(body.fieldErrors ?? {})[0] }, status);
  }
}

/** The meeting as it happens: one page for everyone who may read it; each sees the controls their role allows. */
export default function LiveMeeting() {
  const { t, dateTime } = useI18n();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { status, startedAt, completedAt } = view.meeting;
  const stage =
    status === "in_progress" && startedAt
      ? t("meetingsLive.stage.in_progress", { when: dateTime(startedAt) })
      : status === "completed" && completedAt
        ? t("meetingsLive.stage.completed", { when: dateTime(completedAt) })
        : t(`meetingsLive.stage.${status}`);
  return (
    <div className="live-page">
      <p className={`live-stage live-stage--${status}`}>{stage}</p>
      {/* Without JavaScript the answer to a form comes back with the page. */}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <div className="live-grid">
        <div className="live-grid__main">
          <CurrentItem view={view} />
          {view.can.preside && <PresideControls view={view} confirmComplete={Boolean(result?.confirmComplete)} />}
        </div>
        <div className="live-grid__side">
          <LiveQuorum view={view} />
          <ActingChairs sides={view.sides} />
        </div>
      </div>
      <RollCall view={view} />
    </div>
  );
}
