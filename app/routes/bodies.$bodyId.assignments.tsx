import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { executionControlOf } from "../../db/queries/execution-control";
import { AssignmentTable } from "~/components/assignments/AssignmentTable";
import { ProgressChart } from "~/components/assignments/ProgressChart";
import { SideBars } from "~/components/assignments/SideBars";
import { useI18n } from "~/components/i18n";
import { assignmentStates } from "~/lib/assignment-rules";
import { bodyTitle } from "~/lib/body-rules";
import { formatLocalDate } from "~/lib/format";
import { bodyFor } from "~/web/access.server";
import { localeOf, translatorFor } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { body } = bodyFor({ request, context, params }, "body.read");
  const t = translatorFor(request, context);
  return {
    title: t("assignments.control.metaTitle", { body: bodyTitle(body, localeOf(request, context)) }),
    control: executionControlOf(context.services.db, body),
  };
}

/** R4 (3.4 в): execution control — every assignment by state and by side, in numbers and in pictures. */
export default function ExecutionControl() {
  const { t, locale } = useI18n();
  const { control } = useLoaderData<typeof loader>();
  const sides = control.bySide.map((s) => ({ name: s.name ?? t("assignments.control.otherSide"), counts: s.counts }));
  return (
    <section aria-labelledby="control-title">
      <h2 id="control-title">{t("assignments.control.title")}</h2>
      <p>{t("assignments.control.lead", { date: formatLocalDate(control.today, locale) })}</p>
      <p className="muted">{t("assignments.decisions.recommendations")}</p>
      {control.rows.length === 0 ? (
        <p className="muted">{t("assignments.control.empty")}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="control-states">
            <h3 id="control-states">{t("assignments.control.byState")}</h3>
            <ul className="stats" style={{ listStyle: "none", padding: 0 }}>
              {assignmentStates.map((s) => (
                <li key={s} className="stat">
                  <span className="stat__value">{control.byState[s]}</span>{" "}
                  <span className="stat__label">{t(`assignments.state.${s}`)}</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="control-progress">
            <h3 id="control-progress">{t("assignments.control.progress")}</h3>
            <ProgressChart points={control.progress} />
          </section>
          <section className="card" aria-labelledby="control-sides">
            <h3 id="control-sides">{t("assignments.control.bySide")}</h3>
            <SideBars sides={sides} />
            <div className="table-wrap">
              <table>
                <caption>{t("assignments.control.sideCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("assignments.control.side")}</th>
                    {assignmentStates.map((s) => (
                      <th scope="col" key={s}>
                        {t(`assignments.state.${s}`)}
                      </th>
                    ))}
                    <th scope="col">{t("assignments.control.total")}</th>
                  </tr>
                </thead>
                <tbody>
                  {sides.map((s) => (
                    <tr key={s.name}>
                      <th scope="row">{s.name}</th>
                      {assignmentStates.map((k) => (
                        <td key={k}>{s.counts[k]}</td>
                      ))}
                      <td>{assignmentStates.reduce((n, k) => n + s.counts[k], 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {assignmentStates.map((state) => {
            const rows = control.rows.filter((r) => r.state === state);
            return rows.length === 0 ? null : (
              <section className="card" key={state} aria-labelledby={`control-${state}`}>
                <h3 id={`control-${state}`}>
                  {t("assignments.control.count", { state: t(`assignments.state.${state}`), n: rows.length })}
                </h3>
                <AssignmentTable rows={rows} caption={t(`assignments.state.${state}`)} />
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
