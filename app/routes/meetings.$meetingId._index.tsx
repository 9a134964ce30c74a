import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  acceptProposal,
  addAgendaItem,
  agendaItemSchema,
  approveAgenda,
  declineProposal,
  moveAgendaItem,
  proposeAgendaItem,
  removeAgendaItem,
  updateAgendaItem,
} from "../../db/commands/meetings/agenda";
import { acceptLateMaterial, submitMaterial } from "../../db/commands/meetings/materials";
import { useI18n } from "~/components/i18n";
import { AgendaItemCard } from "~/components/meetings/agenda/AgendaItemCard";
import { AgendaItemForm } from "~/components/meetings/agenda/AgendaItemForm";
import { ApprovalPanel } from "~/components/meetings/agenda/ApprovalPanel";
import { Notice } from "~/components/ui/Notice";
import { formatLocalDate } from "~/lib/format";
import { agendaView } from "~/web/agenda-view.server";
import { parseForm } from "~/lib/forms";
import { meetingFor } from "~/web/access.server";
import { failure, translateFieldErrors, translatorFor, formId, optionalFormId } from "~/web/request.server";
import { readAnyForm, uploadedFile } from "~/web/uploads.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = meetingFor({ request, context, params }, "meeting.read");
  return {
    meetingId: access.meeting.id,
    status: access.meeting.status,
    timezone: access.body.timezone,
    ...agendaView(context.services, access),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting } = meetingFor({ request, context, params }, "meeting.read");
  const t = translatorFor(request, context);
  const read = await readAnyForm(request, context);
  if (read.tooLarge)
    return data(
      {
        intent: "material",
        itemId: null,
        fieldErrors: { file: t("file.tooLarge") } as Record<string, string>,
        formError: undefined,
      },
      { status: 413 },
    );
  const form = read.form;
  const intent = String(form.get("intent"));
  const itemId = optionalFormId(form, "itemId");
  const fail = (fieldErrors: Record<string, string>, formError?: string, status = 422) =>
    data({ intent, itemId, fieldErrors, formError }, { status });
  const { services } = context;
  try {
    switch (intent) {
      case "add":
      case "propose":
      case "update": {
        const parsed = parseForm(agendaItemSchema, form);
        if (!parsed.ok) return fail(translateFieldErrors(parsed.fieldErrors, t));
        if (intent === "add") addAgendaItem(services, user, meeting.id, parsed.data);
        else if (intent === "propose") proposeAgendaItem(services, user, meeting.id, parsed.data);
        else updateAgendaItem(services, user, meeting.id, itemId!, parsed.data);
        return redirect(`?notice=${intent === "add" ? "added" : intent === "propose" ? "proposed" : "updated"}`);
      }
      case "accept":
        acceptProposal(services, user, meeting.id, itemId!);
        return redirect("?notice=accepted");
      case "decline":
        declineProposal(services, user, meeting.id, itemId!, String(form.get("reason") ?? ""));
        return redirect("?notice=declined");
      case "remove":
        removeAgendaItem(services, user, meeting.id, itemId!);
        return redirect("?notice=removed");
      case "up":
      case "down":
        moveAgendaItem(services, user, meeting.id, itemId!, intent);
        return redirect(".");
      case "approve": {
        const { fullyApproved } = approveAgenda(services, user, meeting.id, formId(form, "sideId"));
        return redirect(`?notice=${fullyApproved ? "approvedByAll" : "approved"}`);
      }
      case "material": {
        const { late } = submitMaterial(services, user, meeting.id, {
          itemId: itemId ?? 0,
          title: String(form.get("title") ?? ""),
          text: String(form.get("text") ?? ""),
          upload: await uploadedFile(form, "file"),
        });
        return redirect(`?notice=${late ? "materialLate" : "materialAdded"}`);
      }
      case "acceptMaterial":
        acceptLateMaterial(services, user, meeting.id, formId(form, "materialId"));
        return redirect("?notice=materialAccepted");
      default:
        return fail({}, t("field.invalid"), 400);
    }
  } catch (error) {
    const { body, status } = failure(error, t);
    return fail(body.fieldErrors ?? {}, body.formError, status);
  }
}

const notices = [
  "added",
  "updated",
  "proposed",
  "accepted",
  "declined",
  "removed",
  "approved",
  "approvedByAll",
  "materialAdded",
  "materialLate",
  "materialAccepted",
] as const;

export default function MeetingAgenda() {
  const { t, locale } = useI18n();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = notices.find((n) => n === params.get("notice"));
  const accepted = view.items.filter((i) => i.status === "accepted");
  const proposals = view.items.filter((i) => i.status !== "accepted");
  const errorsFor = (intent: string, itemId: number | null = null) =>
    result && result.intent === intent && result.itemId === itemId ? result : undefined;
  return (
    <>
      {notice && !result && (
        <Notice tone={notice === "materialLate" ? "warning" : "success"}>{t(`agenda.notice.${notice}`)}</Notice>
      )}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <div className="grid-2 grid-2--wide-first">
        <section aria-labelledby="agenda-title">
          <h2 id="agenda-title">{t("agenda.title")}</h2>
          <p className="muted">
            {t(view.deadline.passed ? "agenda.deadlinePassed" : "agenda.deadline", {
              date: formatLocalDate(view.deadline.lastDay, locale),
              tz: view.timezone,
            })}
          </p>
          {accepted.length === 0 && <p className="empty">{t("agenda.empty")}</p>}
          <ol className="agenda">
            {accepted.map((item, index) => (
              <AgendaItemCard
                key={item.id}
                meetingId={view.meetingId}
                item={item}
                index={index}
                last={index === accepted.length - 1}
                can={view.can}
                deadlinePassed={view.deadline.passed}
                dueDate={formatLocalDate(view.deadline.lastDay, locale)}
                errors={errorsFor("material", item.id)}
                editErrors={errorsFor("update", item.id)?.fieldErrors}
              />
            ))}
          </ol>
          {proposals.length > 0 && (
            <section aria-labelledby="proposals">
              <h3 id="proposals">{t("agenda.proposals")}</h3>
              <ul className="agenda agenda--proposals">
                {proposals.map((item) => (
                  <AgendaItemCard
                    key={item.id}
                    meetingId={view.meetingId}
                    item={item}
                    index={null}
                    last
                    can={view.can}
                    deadlinePassed={view.deadline.passed}
                    dueDate={formatLocalDate(view.deadline.lastDay, locale)}
                    errors={errorsFor("decline", item.id) ?? errorsFor("material", item.id)}
                    editErrors={errorsFor("update", item.id)?.fieldErrors}
                  />
                ))}
              </ul>
            </section>
          )}
        </section>
        <aside>
          <ApprovalPanel approval={view.approval} version={view.version} />
          {view.can.manage && (
            <section className="card" aria-labelledby="add-item">
              <h2 id="add-item">{t("agenda.addTitle")}</h2>
              <AgendaItemForm intent="add" errors={errorsFor("add")?.fieldErrors} submitLabel={t("agenda.add")} />
            </section>
          )}
          {view.can.propose && !view.can.manage && (
            <section className="card" aria-labelledby="propose-item">
              <h2 id="propose-item">{t("agenda.proposeTitle")}</h2>
              <p className="muted">{t("agenda.proposeLead")}</p>
              <AgendaItemForm
                intent="propose"
                errors={errorsFor("propose")?.fieldErrors}
                submitLabel={t("agenda.propose")}
              />
            </section>
          )}
        </aside>
      </div>
    </>
  );
}
