import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { resendInvitation } from "../../db/commands/invite-user";
import { setUserAdmin, setUserDisabled } from "../../db/commands/manage-users";
import { findUserPublic } from "../../db/queries/users";
import { useI18n } from "~/components/i18n";
import { UserStatusBadge } from "~/components/UserStatusBadge";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { countryName } from "~/lib/countries";
import { failure, idParam, localeOf, requireCan, translatorFor, readForm } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Пользователь · User" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireCan(request, context, "users.manage");
  const user = findUserPublic(context.services.db, idParam(params.id));
  if (!user) throw new Response("Not Found", { status: 404 });
  return {
    user: { ...user, country: user.country ? countryName(user.country, localeOf(request, context)) : null },
    isSelf: actor.id === user.id,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = requireCan(request, context, "users.manage");
  const t = translatorFor(request, context);
  const id = idParam(params.id);
  const intent = String((await readForm(request, context)).get("intent"));
  try {
    if (intent === "disable" || intent === "enable") setUserDisabled(context.services, actor, id, intent === "disable");
    else if (intent === "grantAdmin" || intent === "revokeAdmin")
      setUserAdmin(context.services, actor, id, intent === "grantAdmin");
    else if (intent === "resend") resendInvitation(context.services, actor, id);
    else return data({ formError: t("field.invalid") }, { status: 400 });
  } catch (error) {
    const { body, status } = failure(error, t);
    return data({ formError: body.formError }, { status });
  }
  return redirect(`/admin/users/${id}?notice=${intent}`);
}

const noticeKeys = {
  invited: "user.notice.invited",
  resend: "user.notice.resent",
  disable: "user.notice.disabled",
  enable: "user.notice.enabled",
  grantAdmin: "user.notice.adminGranted",
  revokeAdmin: "user.notice.adminRevoked",
} as const;

export default function UserPage() {
  const { t, dateTime } = useI18n();
  const { user, isSelf } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = noticeKeys[params.get("notice") as keyof typeof noticeKeys];
  return (
    <>
      <p>
        <Link to="/admin/users">← {t("users.title")}</Link>
      </p>
      <PageHeader title={user.name} lead={user.email} />
      {notice && <Notice tone="success">{t(notice)}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <section className="card" aria-labelledby="facts">
        <h2 id="facts">{t("user.facts")}</h2>
        <dl className="facts">
          <dt>{t("users.state")}</dt>
          <dd>
            <UserStatusBadge status={user.status} />{" "}
            {user.isAdmin && <span className="badge badge--info">{t("users.admin")}</span>}
          </dd>
          <dt>{t("field.organisation")}</dt>
          <dd>{user.organisation ? `${user.organisation} (${user.country})` : "—"}</dd>
          <dt>{t("field.position")}</dt>
          <dd>{user.position || "—"}</dd>
          <dt>{t("field.language")}</dt>
          <dd>{user.locale === "en" ? "English" : "Русский"}</dd>
          <dt>{t("field.timezone")}</dt>
          <dd>{user.timezone}</dd>
          <dt>{t("users.since")}</dt>
          <dd>{dateTime(user.createdAt)}</dd>
        </dl>
      </section>
      {isSelf ? (
        <Notice tone="info">{t("users.notYourself")}</Notice>
      ) : (
        <section className="card" aria-labelledby="manage">
          <h2 id="manage">{t("user.manage")}</h2>
          <Form method="post" className="actions">
            {user.status === "invited" && (
              <SubmitButton name="intent" value="resend" className="button button--quiet">
                {t("user.resend")}
              </SubmitButton>
            )}
            {user.status === "disabled" ? (
              <SubmitButton name="intent" value="enable" className="button">
                {t("user.enable")}
              </SubmitButton>
            ) : (
              <SubmitButton name="intent" value="disable" className="button button--danger">
                {t("user.disable")}
              </SubmitButton>
            )}
            {user.isAdmin ? (
              <SubmitButton name="intent" value="revokeAdmin" className="button button--quiet">
                {t("user.revokeAdmin")}
              </SubmitButton>
            ) : (
              <SubmitButton name="intent" value="grantAdmin" className="button button--quiet">
                {t("user.grantAdmin")}
              </SubmitButton>
            )}
          </Form>
          <p className="muted">{t("user.disableExplains")}</p>
        </section>
      )}
    </>
  );
}
