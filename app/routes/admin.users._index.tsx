import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { textLimits } from "~/lib/text-rules";
import { EMAIL_MAX_LENGTH } from "~/lib/text-rules";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { inviteUser, inviteUserSchema } from "../../db/commands/invite-user";
import { listOrganisations } from "../../db/queries/organisations";
import { listUsers } from "../../db/queries/users";
import { useI18n } from "~/components/i18n";
import { OrganisationSelect } from "~/components/OrganisationSelect";
import { UserStatusBadge } from "~/components/UserStatusBadge";
import { CheckboxField, SelectField, TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { parseForm } from "~/lib/forms";
import { failure, requireCan, translateFieldErrors, translatorFor, readForm } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Пользователи · Users" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireCan(request, context, "users.manage");
  const q = new URL(request.url).searchParams.get("q") ?? "";
  return { q, users: listUsers(context.services.db, q), organisations: listOrganisations(context.services.db) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = requireCan(request, context, "users.manage");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const parsed = parseForm(inviteUserSchema, form);
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  if (!parsed.ok)
    return data(
      { fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: undefined, values },
      { status: 422 },
    );
  try {
    const { userId } = inviteUser(context.services, actor, parsed.data);
    return redirect(`/admin/users/${userId}?notice=invited`);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data({ fieldErrors: body.fieldErrors ?? {}, formError: body.formError, values }, { status });
  }
}

export default function Users() {
  const { t, date } = useI18n();
  const { q, users, organisations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const v = result?.values;
  return (
    <>
      <PageHeader title={t("users.title")} lead={t("users.count", { n: users.length })} />
      {params.get("notice") && <Notice tone="success">{t("users.updated")}</Notice>}
      <div className="grid-2 grid-2--wide-first">
        <section aria-labelledby="users-list">
          <h2 id="users-list" className="visually-hidden">
            {t("users.list")}
          </h2>
          <Form method="get" role="search" className="search-row">
            <TextField label={t("users.search")} name="q" maxLength={textLimits.title} type="search" defaultValue={q} />
            <button type="submit" className="button button--quiet">
              {t("form.search")}
            </button>
          </Form>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("field.name")}</th>
                  <th scope="col">{t("field.organisation")}</th>
                  <th scope="col">{t("users.state")}</th>
                  <th scope="col">{t("users.since")}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id}>
                    <td>
                      <Link to={`/admin/users/${u.id}`}>{u.name}</Link>
                      <div className="muted">{u.email}</div>
                    </td>
                    <td>{u.organisation ?? "—"}</td>
                    <td>
                      <UserStatusBadge status={u.status} />{" "}
                      {u.isAdmin && <span className="badge badge--info">{t("users.admin")}</span>}
                    </td>
                    <td>{date(u.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {users.length === 0 && <p className="empty">{t("users.none")}</p>}
          </div>
        </section>
        <section className="card" aria-labelledby="invite">
          <h2 id="invite">{t("users.invite")}</h2>
          <p className="muted">{t("users.inviteLead")}</p>
          {result?.formError && <Notice tone="error">{result.formError}</Notice>}
          <Form method="post" noValidate>
            <TextField
              label={t("field.email")}
              name="email"
              maxLength={EMAIL_MAX_LENGTH}
              type="email"
              required
              defaultValue={v?.email}
              error={result?.fieldErrors?.email}
            />
            <TextField
              label={t("field.name")}
              name="name"
              maxLength={textLimits.name}
              required
              defaultValue={v?.name}
              error={result?.fieldErrors?.name}
              hint={t("users.nameHint")}
            />
            <OrganisationSelect
              organisations={organisations}
              defaultValue={v?.organisationId ? Number(v.organisationId) : null}
              error={result?.fieldErrors?.organisationId}
            />
            <TextField
              label={t("field.position")}
              name="position"
              maxLength={textLimits.name}
              defaultValue={v?.position}
              error={result?.fieldErrors?.position}
            />
            <SelectField label={t("users.letterLanguage")} name="locale" defaultValue={v?.locale ?? "ru"}>
              <option value="ru">Русский</option>
              <option value="en">English</option>
            </SelectField>
            <CheckboxField label={t("users.makeAdmin")} name="isAdmin" defaultChecked={v?.isAdmin === "on"} />
            <SubmitButton pendingLabel={t("form.sending")}>{t("users.sendInvitation")}</SubmitButton>
          </Form>
        </section>
      </div>
    </>
  );
}
