import { useI18n } from "~/components/i18n";
import { AssignmentTable, type AssignmentRow } from "./AssignmentTable";
import { GiveAssignmentForm, type AssigneeOptions, type GiveResult } from "./GiveAssignmentForm";

export interface DecisionItem {
  number: number;
  title: string;
  decisions: { key: string; text: string; assignments: AssignmentRow[] }[];
}

/** The final protocol's decisions by agenda item, each with its assignments and (for those who give them) a form. */
export function DecisionList(props: {
  items: readonly DecisionItem[];
  canGive: boolean;
  options: AssigneeOptions;
  today: string;
  timeZone: string;
  result?: GiveResult;
}) {
  const { t } = useI18n();
  if (props.items.every((i) => i.decisions.length === 0))
    return <p className="muted">{t("assignments.decisions.empty")}</p>;
  return (
    <>
      {props.items
        .filter((i) => i.decisions.length > 0)
        .map((item) => (
          <section key={item.number} className="card" aria-labelledby={`item-${item.number}`}>
            <h3 id={`item-${item.number}`}>{item.title || t("assignments.decisions.item", { n: item.number })}</h3>
            <ol className="decisions" style={{ listStyle: "none", paddingLeft: 0 }}>
              {item.decisions.map((d) => (
                <li key={d.key} id={`decision-${d.key}`}>
                  <p>
                    <strong>{t("assignments.decisions.decision", { key: d.key })}.</strong> {d.text}
                  </p>
                  {d.assignments.length > 0 ? (
                    <AssignmentTable
                      rows={d.assignments}
                      caption={t("assignments.decisions.assignmentsOf", { key: d.key })}
                    />
                  ) : (
                    <p className="muted">{t("assignments.decisions.none")}</p>
                  )}
                  {props.canGive && (
                    <GiveAssignmentForm
                      decisionKey={d.key}
                      options={props.options}
                      today={props.today}
                      timeZone={props.timeZone}
                      result={props.result}
                    />
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
    </>
  );
}
