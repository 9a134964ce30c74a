import { data, type ActionFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useParams } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { DomainError } from "~/lib/errors";
import { meetingFor } from "~/web/access.server";
import { failure, formId, readForm, translatorFor } from "~/web/request.server";
import { addProtocolComment, resolveProtocolComment } from "../../db/commands/protocols/comments";

/** POST /meetings/:id/protocol/comments: add a comment on a passage (intent=add), or resolve one (intent=resolve). */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting } = meetingFor({ request, context, params }, "protocol.read");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  try {
    switch (field("intent")) {
      case "add":
        addProtocolComment(context.services, user, meeting.id, {
          anchorStart: field("anchorStart"),
          anchorEnd: field("anchorEnd"),
          quote: field("quote"),
          text: field("text"),
        });
        return data({ ok: true, notice: t("protocolEditor.comments.added") });
      case "resolve":
        resolveProtocolComment(context.services, user, meeting.id, formId(form, "commentId"));
        return data({ ok: true, notice: t("protocolEditor.comments.resolvedNotice") });
      default:
        return data({ ok: false, formError: t("field.invalid") }, { status: 400 });
    }
  } catch (error) {
    // A comment of another meeting (or none): said in words, like any bad input, not as a bare error page.
    if (error instanceof DomainError && error.messageKey === "protocolEditor.comments.error.notFound")
      return data({ ok: false, formError: t(error.messageKey) }, { status: 404 });
    const { body, status } = failure(error, t);
    return data({ ok: false, ...body }, { status });
  }
}

/** What a browser without JavaScript sees after posting: the outcome, and the way back to the protocol. */
export default function CommentOutcome() {
  const { t } = useI18n();
  const result = useActionData<typeof action>();
  const { meetingId } = useParams();
  const message =
    result && "notice" in result
      ? result.notice
      : result && "formError" in result
        ? result.formError
        : Object.values((result as { fieldErrors?: Record<string, string> } | undefined)?.fieldErrors ?? {})[0];
  return (
    <section>
      {message && <Notice tone={result?.ok ? "success" : "error"}>{message}</Notice>}
      <p>
        <Link to={`/meetings/${meetingId}/protocol`}>← {t("protocol.title")}</Link>
      </p>
    </section>
  );
}
