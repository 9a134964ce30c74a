import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { checkIn, confirmAndCheckIn, undoCheckIn } from "../../db/commands/conference-registration/check-in";
import { registrationIn, registrationsOf } from "../../db/queries/conference-registrations";
import { CheckInList } from "~/components/conference-registration/CheckInList";
import { RegistrationNav } from "~/components/conference-registration/RegistrationNav";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { bodyTitle } from "~/lib/body-rules";
import { conferenceFor } from "~/web/access.server";
import { failure, formId, localeOf, readForm, translatorFor } from "~/web/request.server";
import stylesHref from "~/styles/conference-registration.css?url";

export const meta: MetaFunction = () => [{ title: "Регистрация на входе · Check-in" }];
export const links = () => [{ rel: "stylesheet", href: stylesHref }];

const QUERY_MAX = 200;

/** Issue 12: the organisers' list at the door — searched as they type (GET ?q= without JavaScript). */
export async function loader(args: LoaderFunctionArgs) {
  const { body } = conferenceFor(args, "registration.manage");
  const query = (new URL(args.request.url).searchParams.get("q") ?? "").slice(0, QUERY_MAX);
  const db = args.context.services.db;
  const everyone = registrationsOf(db, body.id);
  const found = query ? registrationsOf(db, body.id, { query }) : everyone;
  return {
    conferenceId: body.id,
    title: bodyTitle(body, localeOf(args.request, args.context)),
    query,
    counts: {
      came: everyone.filter((r) => r.status === "confirmed" && r.checkedInAt !== null).length,
      expected: everyone.filter((r) => r.status === "confirmed").length,
      pending: everyone.filter((r) => r.status === "pending").length,
    },
    // Nobody to recognise at the door in an erased registration (withdrawn, decision 0027): not listed.
    rows: found
      .filter((r) => r.erasedAt === null)
      .map((r) => ({
        id: r.id,
        name: r.name,
        organisation: r.organisation,
        organisationKind: r.organisationKind,
        email: r.email,
        status: r.status,
        checkedInAt: r.checkedInAt?.toISOString() ?? null,
      })),
  };
}

export async function action(args: ActionFunctionArgs) {
  const { request, context } = args;
  const { user, body } = conferenceFor(args, "registration.manage");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent"));
  const registrationId = formId(form, "registrationId");
  try {
    const commands = { checkIn, undo: undoCheckIn, confirmAndCheckIn } as const;
    if (!(intent in commands)) return data({ notice: null, formError: t("field.invalid") }, 400);
    commands[intent as keyof typeof commands](context.services, user!, body.id, registrationId);
    const { name } = registrationIn(context.services.db, body.id, registrationId);
    const notice = t(intent === "undo" ? "registration.checkin.notice.undone" : "registration.checkin.notice.in", {
      name,
    });
    return { notice, formError: null };
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    return data({ notice: null, formError: problem.formError ?? null }, status);
  }
}

/** Typing searches after a short pause; the address keeps the query, so a reload or the back button finds it again. */
function useSearchAsYouType() {
  const submit = useSubmit();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  return (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), 150);
  };
}

export default function CheckIn() {
  const { t } = useI18n();
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const search = useSearchAsYouType();
  const busy = navigation.state === "loading" && navigation.location?.pathname.endsWith("/checkin");
  return (
    <div className="checkin">
      <p>
        <Link to={`/conferences/${page.conferenceId}`}>← {page.title}</Link>
      </p>
      <h1>{t("registration.checkin.title")}</h1>
      <RegistrationNav conferenceId={page.conferenceId} />
      <dl className="stats checkin-counts" aria-live="polite">
        <div className="stat">
          <dt className="stat__label">{t("registration.checkin.came")}</dt>
          <dd className="stat__value">
            {page.counts.came} / {page.counts.expected}
          </dd>
        </div>
        <div className="stat">
          <dt className="stat__label">{t("registration.checkin.pending")}</dt>
          <dd className="stat__value">{page.counts.pending}</dd>
        </div>
      </dl>
      <Form method="get" role="search" className="checkin-search" onChange={(e) => search(e.currentTarget)}>
        <label htmlFor="checkin-q">{t("registration.checkin.search")}</label>
        <div className="checkin-search__row">
          <input
            id="checkin-q"
            type="search"
            name="q"
            defaultValue={page.query}
            maxLength={QUERY_MAX}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="button button--quiet">
            {t("registration.checkin.find")}
          </button>
        </div>
      </Form>
      {result?.notice && <Notice tone="success">{result.notice}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <div aria-busy={busy || undefined}>
        {page.rows.length === 0 ? (
          <p className="muted">{t("registration.checkin.none")}</p>
        ) : (
          <CheckInList rows={page.rows} />
        )}
      </div>
    </div>
  );
}
