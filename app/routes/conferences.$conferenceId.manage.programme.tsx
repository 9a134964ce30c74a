import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ProgrammeEditor } from "~/components/conferences/ProgrammeEditor";
import { formIntents, type FormResult } from "~/components/conferences/ProgrammeForms";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import stylesHref from "~/styles/conference.css?url";
import { conferenceFor } from "~/web/access.server";
import { conferencePage } from "~/web/conference-page.server";
import { runProgrammeIntent } from "~/web/programme-actions.server";
import { failure, localeOf, requireUser, translatorFor } from "~/web/request.server";
import { readAnyForm } from "~/web/uploads.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesHref }];
export const meta: MetaFunction = () => [{ title: "Программа конференции · Conference programme" }];

/** Issue 12: the organisers build the programme — items, moderators and speakers, materials. */
export async function loader(args: LoaderFunctionArgs) {
  requireUser(args.request, args.context);
  const ctx = conferenceFor(args, "conference.manage");
  const page = conferencePage(args.context.services.db, ctx, ctx.user, localeOf(args.request, args.context));
  return { id: page.id, title: page.title, timeZone: page.timeZone, programme: page.programme };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args.request, args.context);
  const { body } = conferenceFor(args, "conference.manage");
  const t = translatorFor(args.request, args.context);
  const read = await readAnyForm(args.request, args.context);
  if (read.tooLarge)
    return data<FormResult>(
      { intent: "add-material", target: "", fieldErrors: {}, formError: t("file.tooLarge"), values: {} },
      { status: 413 },
    );
  const form = read.form;
  const intent = String(form.get("intent") ?? "");
  // A speaker's own form names the speaker (edited in place); the others their item.
  const target = String(form.get("speakerId") ?? form.get("itemId") ?? "");
  const values = Object.fromEntries(
    [...form.entries()].filter(([, v]) => typeof v === "string").map(([k, v]) => [k, String(v)]),
  );
  try {
    const outcome = await runProgrammeIntent(args.context.services, user, body.id, intent, form, t);
    if (outcome.fieldErrors)
      return data<FormResult>(
        { intent, target, fieldErrors: outcome.fieldErrors, formError: t("form.fixErrors"), values },
        { status: 422 },
      );
    return redirect(`/conferences/${body.id}/manage/programme?notice=${outcome.notice}`);
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    return data<FormResult>(
      {
        intent,
        target,
        fieldErrors: problem.fieldErrors ?? {},
        formError: problem.formError ?? t("form.fixErrors"),
        values,
      },
      { status },
    );
  }
}

const notices = {
  added: "programme.notice.added",
  saved: "programme.notice.saved",
  removed: "programme.notice.removed",
  moved: "programme.notice.moved",
} as const;

export default function ManageProgramme() {
  const { t } = useI18n();
  const { id, title, timeZone, programme } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = notices[params.get("notice") as keyof typeof notices];
  // A one-button form (move, remove …) has no fields to show its refusal beside: it is said at the top.
  const buttonProblem = result && !formIntents.includes(result.intent) ? result.formError : undefined;
  return (
    <>
      <p>
        <Link to={`/conferences/${id}/manage`}>← {t("conference.manageTitle")}</Link>
      </p>
      <PageHeader
        title={t("programme.manage")}
        lead={title}
        actions={
          <Link className="button button--quiet" to={`/conferences/${id}`}>
            {t("conference.publicPage")}
          </Link>
        }
      />
      <p className="muted">{t("programme.timesIn", { zone: timeZone })}</p>
      {notice && !result && <Notice tone="success">{t(notice)}</Notice>}
      {buttonProblem && <Notice tone="error">{buttonProblem}</Notice>}
      <ProgrammeEditor conferenceId={id} items={programme} timeZone={timeZone} result={result} />
    </>
  );
}
