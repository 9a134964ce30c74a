import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { textLimits } from "~/lib/text-rules";
import { EMAIL_MAX_LENGTH } from "~/lib/text-rules";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { addMember, addMemberSchema, changeRole, endMembership } from "../../db/commands/composition";
import { compositionAt } from "../../db/queries/bodies";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { bodyFor } from "~/web/access.server";
import { parseForm } from "~/lib/forms";
import { failure, idParam, optionalFormId, translateFieldErrors, translatorFor, readForm } from "~/web/request.server";
import { can } from "~/lib/policy";
import { memberRoles, type MemberRole } from "~/lib/roles";
import { isSaneDate } from "~/lib/text-rules";
import { isLocalDate, localDateOf, startOfLocalDay } from "~/lib/zoned-time";

export const meta: MetaFunction = () => [{ title: "Состав стороны · Side composition" }];

/** The side named in the URL, for whoever may change its composition (R15); a member who may not gets 403. */
function sideOf(args: LoaderFunctionArgs) {
  const sideId = idParam(args.params.sideId);
  // A member of the body who may not change this side sees the composition on the body's page instead.
  const access = bodyFor(args, "composition.change", sideId);
  const entry = compositionAt(args.context.services.db, access.body.id).find((c) => c.side.id === sideId);
  if (!entry) throw new Response("Not Found", { status: 404 });
  return { ...access, entry };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { body, entry } = sideOf({ request, context, params });
  return { bodyId: body.id, side: entry.side, seats: entry.seats, today: localDateOf(new Date(), body.timezone) };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, body, entry } = sideOf({ request, context, params });
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent"));
  const values: Record<string, string> = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  // Absent for "add"; 0 is no membership, so the command answers 404 as for any other that does not exist.
  const membershipId = optionalFormId(form, "membershipId") ?? 0;
  try {
    if (intent === "add") {
      const parsed = parseForm(addMemberSchema, form);
      const startsOn = String(form.get("startsOn") ?? "");
      if (!parsed.ok)
        return data(
          {
            intent,
            fieldErrors: translateFieldErrors(parsed.fieldErrors, t),
            formError: undefined,
            values,
            confirm: null,
          },
          { status: 422 },
        );
      const dateProblem = !startsOn
        ? null
        : !isLocalDate(startsOn)
          ? "field.invalid"
          : isSaneDate(startsOn)
            ? null
            : "input.dateRange";
      if (dateProblem)
        return data(
          { intent, fieldErrors: { startsOn: t(dateProblem) }, formError: undefined, values, confirm: null },
          { status: 422 },
        );
      const startsAt = startsOn ? startOfLocalDay(startsOn, body.timezone) : new Date();
      addMember(context.services, user, body.id, entry.side.id, { ...parsed.data, startsAt });
      return redirect(`?notice=added`);
    }
    if (intent === "role") {
      const role = String(form.get("role")) as MemberRole;
      if (!memberRoles.includes(role))
        return data({ intent, fieldErrors: {}, formError: t("field.invalid"), values, confirm: null }, { status: 422 });
      changeRole(context.services, user, body.id, membershipId, role);
      return redirect(`?notice=roleChanged`);
    }
    if (intent === "end") {
      endMembership(context.services, user, body.id, membershipId, form.get("confirmVacancy") === "yes");
      return redirect(`?notice=ended`);
    }
    return data({ intent, fieldErrors: {}, formError: t("field.invalid"), values, confirm: null }, { status: 400 });
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    // Ending the co-chair's seat needs a second, explicit confirmation.
    const confirm =
      status === 409 && intent === "end" && problem.formError === t("composition.coChairVacancy") ? membershipId : null;
    return data(
      { intent, fieldErrors: problem.fieldErrors ?? {}, formError: problem.formError, values, confirm },
      { status },
    );
  }
}

const notices = {
  added: "side.notice.added",
  roleChanged: "side.notice.roleChanged",
  ended: "side.notice.ended",
} as const;

export default function SideComposition() {
  const { t } = useI18n();
  const { bodyId, side, seats, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = notices[params.get("notice") as keyof typeof notices];
  const addErrors = (result?.intent === "add" ? result.fieldErrors : undefined) as Record<string, string> | undefined;
  const typed = (result?.intent === "add" ? result.values : {}) as Record<string, string | undefined>;
  // A refused change of role is shown at the select of the seat it was asked for.
  const roleError = (membershipId: number) =>
    result?.intent === "role" && Number(result.values.membershipId) === membershipId
      ? (result.fieldErrors as Record<string, string>).role
      : undefined;
  return (
    <>
      <p>
        <Link to={`/bodies/${bodyId}`}>← {t("body.overview")}</Link>
      </p>
      <h2>{t("side.compositionOf", { side: side.name })}</h2>
      {/* The notice belongs to the last change that worked: an answer to a later submission replaces it. */}
      {notice && !result && <Notice tone="success">{t(notice)}</Notice>}
      {result?.formError && !result.confirm && <Notice tone="error">{result.formError}</Notice>}
      {result?.confirm && (
        <Notice tone="warning">
          <p>{result.formError}</p>
          <Form method="post" className="actions">
            <input type="hidden" name="intent" value="end" />
            <input type="hidden" name="membershipId" value={result.confirm} />
            <input type="hidden" name="confirmVacancy" value="yes" />
            <SubmitButton className="button button--danger">{t("side.confirmVacancy")}</SubmitButton>
            <Link to="." className="button button--quiet">
              {t("form.cancel")}
            </Link>
          </Form>
        </Notice>
      )}
      <div className="grid-2 grid-2--wide-first">
        <section className="card" aria-labelledby="seats">
          <h3 id="seats">{t("side.current")}</h3>
          {seats.length === 0 && <p className="empty">{t("side.empty")}</p>}
          <ul className="seat-list">
            {seats.map((s) => (
              <li key={s.membershipId} className="seat">
                <div>
                  <strong>{s.name}</strong>
                  <div className="muted">{[s.organisation, s.position].filter(Boolean).join(", ")}</div>
                </div>
                <Form method="post" className="actions seat__actions">
                  <input type="hidden" name="membershipId" value={s.membershipId} />
                  <SelectField
                    label={t("side.roleOf", { name: s.name })}
                    name="role"
                    defaultValue={s.role}
                    error={roleError(s.membershipId)}
                  >
                    {memberRoles.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}`)}
                      </option>
                    ))}
                  </SelectField>
                  <SubmitButton name="intent" value="role" className="button button--quiet">
                    {t("side.changeRole")}
                  </SubmitButton>
                  <SubmitButton name="intent" value="end" className="button button--quiet">
                    {t("side.end")}
                  </SubmitButton>
                </Form>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="add">
          <h3 id="add">{t("side.add")}</h3>
          <p className="muted">{t("side.addLead")}</p>
          <Form method="post" noValidate>
            <TextField
              label={t("field.email")}
              name="email"
              maxLength={EMAIL_MAX_LENGTH}
              type="email"
              required
              defaultValue={typed.email}
              error={addErrors?.email}
            />
            <TextField
              label={t("side.newPersonName")}
              name="name"
              maxLength={textLimits.name}
              defaultValue={typed.name}
              error={addErrors?.name}
              hint={t("side.newPersonNameHint")}
            />
            <SelectField
              label={t("side.role")}
              name="role"
              defaultValue={typed.role ?? "member"}
              error={addErrors?.role}
            >
              {memberRoles.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t("side.startsOn")}
              name="startsOn"
              type="date"
              defaultValue={typed.startsOn ?? today}
              error={addErrors?.startsOn}
            />
            <SubmitButton name="intent" value="add" pendingLabel={t("form.saving")}>
              {t("side.addSubmit")}
            </SubmitButton>
          </Form>
        </section>
      </div>
    </>
  );
}
