import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { recordAbsence, withdrawAbsence } from "../../db/commands/absences";
import { coChairAbsences, compositionAt } from "../../db/queries/bodies";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { bodyFor } from "~/web/access.server";
import { can } from "~/lib/policy";
import { failure, formId, optionalFormId, readForm, translatorFor } from "~/web/request.server";
import { localDateOf } from "~/lib/zoned-time";

export const meta: MetaFunction = () => [{ title: "Отсутствие сопредседателя · Co-chair's absence" }];

/** R5 (3.3): the co-chairs' seats this user may record an absence on: their own, or those of a side they may change. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, body, scope } = bodyFor({ request, context, params });
  const today = localDateOf(new Date(), body.timezone);
  const absences = coChairAbsences(context.services.db, body.id, today);
  const sides = compositionAt(context.services.db, body.id)
    .map(({ side, seats }) => {
      const coChair = seats.find((s) => s.role === "co_chair") ?? null;
      const mayRecord =
        coChair !== null &&
        (coChair.userId === user.id || can(user, "composition.change", { ...scope, sideId: side.id }));
      return {
        id: side.id,
        name: side.name,
        coChair: coChair && { membershipId: coChair.membershipId, name: coChair.name },
        mayRecord,
        absences: absences.filter((a) => a.membershipId === coChair?.membershipId),
      };
    })
    .filter((s) => s.mayRecord);
  if (sides.length === 0) throw new Response("Forbidden", { status: 403 });
  return { bodyId: body.id, today, sides };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, body } = bodyFor({ request, context, params });
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent"));
  const membershipId = optionalFormId(form, "membershipId");
  const values = { from: String(form.get("from") ?? ""), to: String(form.get("to") ?? "") };
  try {
    if (intent === "record") {
      recordAbsence(context.services, user, body.id, membershipId ?? formId(form, "membershipId"), values);
      return redirect("?notice=recorded");
    }
    if (intent === "withdraw") {
      withdrawAbsence(context.services, user, body.id, formId(form, "absenceId"));
      return redirect("?notice=withdrawn");
    }
    return data({ membershipId, values, fieldErrors: {}, formError: t("field.invalid") }, { status: 400 });
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    return data(
      {
        membershipId,
        values,
        fieldErrors: (problem.fieldErrors ?? {}) as Record<string, string>,
        formError: problem.formError,
      },
      { status },
    );
  }
}

const notices = { recorded: "absence.notice.recorded", withdrawn: "absence.notice.withdrawn" } as const;

export default function CoChairAbsences() {
  const { t, locale } = useI18n();
  const { bodyId, today, sides } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = notices[params.get("notice") as keyof typeof notices];
  const day = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString(locale === "ru" ? "ru-RU" : "en-GB");
  return (
    <>
      <p>
        <Link to={`/bodies/${bodyId}`}>← {t("body.overview")}</Link>
      </p>
      <h2>{t("absence.title")}</h2>
      <p className="muted">{t("absence.lead")}</p>
      {notice && !result && <Notice tone="success">{t(notice)}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      {sides.map((side) => {
        const mine = result && result.membershipId === side.coChair?.membershipId ? result : undefined;
        const errors = (mine?.fieldErrors ?? {}) as Record<string, string | undefined>;
        return (
          <section key={side.id} className="card" aria-labelledby={`absence-${side.id}`}>
            <h3 id={`absence-${side.id}`}>{side.name}</h3>
            <p>{t("absence.of", { name: side.coChair!.name })}</p>
            {side.absences.length === 0 && <p className="muted">{t("absence.none")}</p>}
            <ul className="seat-list">
              {side.absences.map((a) => (
                <li key={a.id} className="seat">
                  <span>{t("absence.period", { from: day(a.from), to: day(a.to) })}</span>
                  <Form method="post" className="actions">
                    <input type="hidden" name="absenceId" value={a.id} />
                    <SubmitButton name="intent" value="withdraw" className="button button--quiet">
                      {t("absence.withdraw")}
                    </SubmitButton>
                  </Form>
                </li>
              ))}
            </ul>
            <Form method="post" className="search-row">
              <input type="hidden" name="membershipId" value={side.coChair!.membershipId} />
              <TextField
                label={t("absence.from")}
                name="from"
                type="date"
                min={today}
                required
                defaultValue={mine?.values.from}
                error={errors.from}
              />
              <TextField
                label={t("absence.to")}
                name="to"
                type="date"
                min={today}
                required
                defaultValue={mine?.values.to}
                error={errors.to}
              />
              <SubmitButton name="intent" value="record" className="button">
                {t("absence.submit")}
              </SubmitButton>
            </Form>
          </section>
        );
      })}
    </>
  );
}
