import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { textLimits } from "~/lib/text-rules";
import { PASSWORD_MAX_LENGTH } from "~/lib/password-rules";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { hasCalendarFeed } from "../../db/calendar/feed";
import { issueCalendarFeed } from "../../db/commands/calendar-feed";
import { changePassword, profileSchema, updateProfile } from "../../db/commands/profile";
import { listOrganisations } from "../../db/queries/organisations";
import { useI18n } from "~/components/i18n";
import { OrganisationSelect } from "~/components/OrganisationSelect";
import { NewPasswordFields } from "~/components/accounts/NewPasswordFields";
import { SelectField, TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { commonTimeZones } from "~/lib/format";
import { parseForm } from "~/lib/forms";
import {
  failure,
  LOCALE_COOKIE,
  requireUser,
  translateFieldErrors,
  translatorFor,
  readForm,
} from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Профиль · Profile" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireUser(request, context);
  return {
    profile: {
      email: user.email,
      name: user.name,
      organisationId: user.organisationId,
      position: user.position,
      locale: user.locale ?? "ru",
      timezone: user.timezone,
    },
    organisations: listOrganisations(context.services.db),
    hasCalendarFeed: hasCalendarFeed(context.services, user.id),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireUser(request, context);
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = form.get("intent");
  try {
    if (intent === "calendar") {
      // The address is shown once, right now: only its hash is kept.
      return data({
        intent,
        calendarUrl: issueCalendarFeed(context.services, user.id),
        fieldErrors: {} as Record<string, string>,
        formError: undefined,
      });
    }
    if (intent === "password") {
      const next = String(form.get("next") ?? "");
      if (next !== String(form.get("confirm") ?? ""))
        return data(
          { intent, fieldErrors: { confirm: t("password.mismatch") } as Record<string, string>, formError: undefined },
          { status: 422 },
        );
      await changePassword(context.services, user, context.session!.id, {
        current: String(form.get("current") ?? ""),
        next,
      });
      return redirect("/profile?notice=passwordChanged");
    }
    const parsed = parseForm(profileSchema, form);
    if (!parsed.ok)
      return data(
        { intent, fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: undefined },
        { status: 422 },
      );
    updateProfile(context.services, user, parsed.data);
    const secure = context.services.config.secureCookies ? "; Secure" : "";
    return redirect("/profile?notice=saved", {
      headers: {
        "Set-Cookie": `${LOCALE_COOKIE}=${parsed.data.locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`,
      },
    });
  } catch (error) {
    const { body, status } = failure(error, t);
    return data({ intent, fieldErrors: body.fieldErrors ?? {}, formError: body.formError }, { status });
  }
}

export default function Profile() {
  const { t } = useI18n();
  const { profile, organisations, hasCalendarFeed } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const profileErrors = result?.intent !== "password" ? result?.fieldErrors : undefined;
  const passwordErrors = result?.intent === "password" ? result?.fieldErrors : undefined;
  const notice = params.get("notice");
  return (
    <>
      <PageHeader title={t("profile.title")} lead={profile.email} />
      {notice === "saved" && <Notice tone="success">{t("profile.saved")}</Notice>}
      {notice === "passwordChanged" && <Notice tone="success">{t("profile.passwordChanged")}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <div className="grid-2">
        <section className="card" aria-labelledby="profile-form">
          <h2 id="profile-form">{t("profile.details")}</h2>
          <Form method="post" noValidate>
            <TextField
              label={t("field.name")}
              name="name"
              maxLength={textLimits.name}
              defaultValue={profile.name}
              autoComplete="name"
              required
              error={profileErrors?.name}
            />
            <OrganisationSelect
              organisations={organisations}
              defaultValue={profile.organisationId}
              error={profileErrors?.organisationId}
            />
            <TextField
              label={t("field.position")}
              name="position"
              maxLength={textLimits.name}
              defaultValue={profile.position}
              autoComplete="organization-title"
              error={profileErrors?.position}
            />
            <SelectField
              label={t("field.language")}
              name="locale"
              defaultValue={profile.locale}
              error={profileErrors?.locale}
            >
              <option value="ru">Русский</option>
              <option value="en">English</option>
            </SelectField>
            <SelectField
              label={t("field.timezone")}
              name="timezone"
              defaultValue={profile.timezone}
              error={profileErrors?.timezone}
              hint={t("profile.timezoneHint")}
            >
              {[...new Set([profile.timezone, ...commonTimeZones])].map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </SelectField>
            <SubmitButton name="intent" value="profile" pendingLabel={t("form.saving")}>
              {t("form.save")}
            </SubmitButton>
          </Form>
        </section>
        <section className="card" aria-labelledby="calendar-feed">
          <h2 id="calendar-feed">{t("calendar.title")}</h2>
          <p className="muted">{t("calendar.lead")}</p>
          {result && "calendarUrl" in result && result.calendarUrl ? (
            <div className="field">
              <label htmlFor="calendar-url">{t("calendar.url")}</label>
              <input
                id="calendar-url"
                readOnly
                value={String(result.calendarUrl)}
                onFocus={(e) => e.currentTarget.select()}
              />
              <p className="field__hint">{t("calendar.shownOnce")}</p>
            </div>
          ) : (
            hasCalendarFeed && <p>{t("calendar.exists")}</p>
          )}
          <Form method="post">
            <SubmitButton name="intent" value="calendar" className="button button--quiet">
              {hasCalendarFeed ? t("calendar.renew") : t("calendar.create")}
            </SubmitButton>
          </Form>
        </section>
        <section className="card" aria-labelledby="password-form">
          <h2 id="password-form">{t("profile.password")}</h2>
          <p className="muted">{t("profile.passwordLead")}</p>
          <Form method="post" noValidate>
            <input type="email" name="email" autoComplete="username" value={profile.email} readOnly hidden />
            <TextField
              label={t("field.currentPassword")}
              name="current"
              maxLength={PASSWORD_MAX_LENGTH}
              type="password"
              autoComplete="current-password"
              required
              error={passwordErrors?.current}
            />
            <NewPasswordFields name="next" errors={passwordErrors} />
            <SubmitButton name="intent" value="password" pendingLabel={t("form.saving")}>
              {t("profile.changePassword")}
            </SubmitButton>
          </Form>
        </section>
      </div>
    </>
  );
}
