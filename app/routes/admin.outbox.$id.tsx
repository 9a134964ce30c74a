import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { retryMail } from "../../db/commands/retry-mail";
import { findOutboxMessage } from "../../db/queries/outbox";
import { useI18n } from "~/components/i18n";
import { MailStatusBadge } from "~/components/MailStatusBadge";
import { PageHeader } from "~/components/ui/PageHeader";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { idParam, requireCan, readForm } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Письмо · Message" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireCan(request, context, "outbox.read");
  const message = findOutboxMessage(context.services.db, idParam(params.id));
  if (!message) throw new Response("Not Found", { status: 404 });
  // With a real SMTP server the recipient has the letter; its body (with sign-in links) is not shown to administrators.
  const showBody = !context.services.config.smtpUrl;
  const { html: _html, ...rest } = message;
  return {
    message: {
      ...rest,
      text: showBody ? message.text : null,
      attachments: (JSON.parse(message.attachments) as { filename: string }[]).map((a) => a.filename),
    },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = requireCan(request, context, "outbox.retry");
  const id = idParam(params.id);
  await readForm(request, context); // the button sends no fields; anything but a form of ours is refused
  retryMail(context.services, actor, id);
  return redirect(`/admin/outbox/${id}`);
}

export default function OutboxMessage() {
  const { t, dateTime } = useI18n();
  const { message } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to="/admin/outbox">← {t("outbox.title")}</Link>
      </p>
      <PageHeader title={message.subject} lead={message.to} />
      <section className="card">
        <dl className="facts">
          <dt>{t("outbox.state")}</dt>
          <dd>
            <MailStatusBadge status={message.status} />
          </dd>
          <dt>{t("outbox.created")}</dt>
          <dd>{dateTime(message.createdAt)}</dd>
          {message.sentAt && (
            <>
              <dt>{t("outbox.sent")}</dt>
              <dd>{dateTime(message.sentAt)}</dd>
            </>
          )}
          <dt>{t("outbox.attemptsLabel")}</dt>
          <dd>{message.attempts}</dd>
          {message.lastError && (
            <>
              <dt>{t("outbox.lastError")}</dt>
              <dd>{message.lastError}</dd>
            </>
          )}
          {message.attachments.length > 0 && (
            <>
              <dt>{t("outbox.attachments")}</dt>
              <dd>{message.attachments.join(", ")}</dd>
            </>
          )}
        </dl>
        <div className="actions">
          {message.emlFile && (
            <a className="button button--quiet" href={`/admin/outbox/${message.id}/eml`} download>
              {t("outbox.downloadEml")}
            </a>
          )}
          {message.status === "failed" && (
            <Form method="post">
              <SubmitButton>{t("outbox.retry")}</SubmitButton>
            </Form>
          )}
        </div>
      </section>
      {message.text !== null && (
        <section aria-labelledby="mail-text">
          <h2 id="mail-text">{t("outbox.text")}</h2>
          <pre className="mail">{message.text}</pre>
        </section>
      )}
    </>
  );
}
