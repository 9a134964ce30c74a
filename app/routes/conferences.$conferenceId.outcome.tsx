/**
 * /conferences/:id/outcome — the conference's outcome document (issue 12, decision 0024): the organisers draft it
 * live, open it to the confirmed participants for proposals until a deadline, finalise it and publish it to the
 * library; participants read the draft and propose. The action only parses and dispatches to the commands.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useI18n } from "~/components/i18n";
import { OutcomeActions } from "~/components/outcome/OutcomeActions";
import { OutcomeEditor, StaticOutcome } from "~/components/outcome/OutcomeEditor";
import { ParticipantOutcome } from "~/components/outcome/ParticipantOutcome";
import { ProposalsPanel } from "~/components/outcome/ProposalsPanel";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { bodyTitle } from "~/lib/body-rules";
import { conferenceFor } from "~/web/access.server";
import { outcomeView } from "~/web/outcome-view.server";
import { participantTokenOf } from "~/web/participant-link.server";
import { failure, formId, idParam, localeOf, readForm, requireUser, translatorFor } from "~/web/request.server";
import protocolStylesHref from "~/styles/protocol.css?url";
import { beginOutcome } from "../../db/outcomes/begin";
import { finaliseOutcome } from "../../db/outcomes/finalise";
import { closeProposals, decideProposal, openForProposals, sendProposal } from "../../db/outcomes/proposals";
import { publishOutcome } from "../../db/outcomes/publish";

export const links = () => [{ rel: "stylesheet", href: protocolStylesHref }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.titleText} · ${data.conferenceTitle}` : "Итоговый документ · Outcome document" },
];

export async function loader(args: LoaderFunctionArgs) {
  const access = conferenceFor(args, "conference.read");
  const locale = localeOf(args.request, args.context);
  const t = translatorFor(args.request, args.context);
  return {
    ...outcomeView(args.context, access, locale, t),
    titleText: t("outcome.title"),
    conferenceTitle: bodyTitle(access.body, locale),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const db = context.services.db;
  const conferenceId = idParam(params.conferenceId);
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent") ?? "");
  const text = (name: string) => String(form.get(name) ?? "");
  const values = { until: text("until"), visibility: text("visibility"), text: text("text") };
  try {
    if (intent === "propose") {
      const visitor = { actor: context.user ?? null, participantToken: participantTokenOf(request, conferenceId) };
      sendProposal(db, visitor, conferenceId, values.text);
      return redirect("?notice=sent");
    }
    const user = requireUser(request, context);
    switch (intent) {
      case "begin":
        beginOutcome(db, user, conferenceId);
        return redirect("?notice=begun");
      case "open":
        openForProposals(db, user, conferenceId, values.until);
        return redirect("?notice=opened");
      case "close":
        closeProposals(db, user, conferenceId);
        return redirect("?notice=closed");
      case "decide":
        decideProposal(db, user, conferenceId, formId(form, "proposalId"), text("decision"));
        return redirect("?notice=decided");
      case "finalise":
        finaliseOutcome(db, user, conferenceId);
        return redirect("?notice=finalised");
      case "publish":
        publishOutcome(db, user, conferenceId, values.visibility);
        return redirect("?notice=published");
    }
    return data({ intent, values, fieldErrors: {}, formError: t("field.invalid") }, { status: 400 });
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    const fieldErrors = (problem.fieldErrors ?? {}) as Record<string, string>;
    return data({ intent, values, fieldErrors, formError: problem.formError }, { status });
  }
}

const notices = {
  begun: "outcome.notice.begun",
  opened: "outcome.notice.opened",
  closed: "outcome.notice.closed",
  sent: "outcome.notice.sent",
  decided: "outcome.notice.decided",
  finalised: "outcome.notice.finalised",
  published: "outcome.notice.published",
} as const;

export default function OutcomePage() {
  const { t } = useI18n();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const notice = notices[useSearchParams()[0].get("notice") as keyof typeof notices];
  const errors = (result?.fieldErrors ?? {}) as Record<string, string | undefined>;
  // The live editor runs only in the browser (Yjs, websocket, IndexedDB); the server sends the text itself.
  const [inBrowser, setInBrowser] = useState(false);
  useEffect(() => setInBrowser(true), []);
  const organiser = view.organiserView;
  return (
    <section className="protocol-page" aria-labelledby="outcome-title">
      <p>
        <Link to={`/conferences/${view.conferenceId}`}>← {t("outcome.back")}</Link>
      </p>
      <PageHeader
        title={t("outcome.title")}
        lead={`${view.conferenceTitle}${view.state ? ` · ${t(`outcome.state.${view.state}`)}` : ""}`}
      />
      {notice && !result && <Notice tone="success">{t(notice)}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      {view.published !== null && (
        <p>
          <Link to={`/library/${view.published}`}>{t("outcome.publishedLink")}</Link>
        </p>
      )}
      {view.mayBegin && (
        <Form method="post" className="card">
          <p>{t("outcome.notBegun")}</p>
          <p className="muted">{t("outcome.beginHint")}</p>
          <SubmitButton name="intent" value="begin">
            {t("outcome.begin")}
          </SubmitButton>
        </Form>
      )}
      {organiser && (
        <>
          {organiser.final ? (
            <Notice tone="info">{t("outcome.finalisedNotice")}</Notice>
          ) : (
            !organiser.can.edit && <Notice tone="info">{t("outcome.readOnly")}</Notice>
          )}
          {organiser.final || !inBrowser ? (
            <StaticOutcome draft={organiser.draft} />
          ) : (
            <OutcomeEditor
              room={organiser.room}
              me={organiser.me}
              canEdit={organiser.can.edit}
              draft={organiser.draft}
            />
          )}
          <ProposalsPanel proposals={organiser.proposals} canDecide={organiser.can.edit} />
          <OutcomeActions
            state={view.state!}
            can={organiser.can}
            today={view.today}
            lastDay={view.lastDay}
            timeZone={view.timeZone}
            errors={errors}
            values={result?.values ?? {}}
          />
        </>
      )}
      {view.participantView && (
        <ParticipantOutcome
          {...view.participantView}
          lastDay={view.lastDay}
          timeZone={view.timeZone}
          value={result?.intent === "propose" ? result.values.text : undefined}
          error={result?.intent === "propose" ? errors.text : undefined}
        />
      )}
    </section>
  );
}
