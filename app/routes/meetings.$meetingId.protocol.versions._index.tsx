import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { saveProtocolVersion } from "../../db/commands/protocols/versions";
import { versionsOf } from "../../db/queries/protocol-versions";
import { useI18n } from "~/components/i18n";
import { SaveVersionForm, type SaveVersionResult } from "~/components/protocol-versions/SaveVersionForm";
import { VersionList } from "~/components/protocol-versions/VersionList";
import { Notice } from "~/components/ui/Notice";
import { can } from "~/lib/policy";
import { meetingFor } from "~/web/access.server";
import { failure, readForm, translatorFor } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, meeting, scope } = meetingFor({ request, context, params }, "protocol.read");
  const { db } = context.services;
  const t = translatorFor(request, context);
  return {
    title: t("protocolDraft.versions.metaTitle", { n: meeting.number }),
    meetingId: meeting.id,
    canSave: can(user, "protocol.edit", scope),
    versions: versionsOf(db, meeting.id).map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting } = meetingFor({ request, context, params }, "protocol.edit");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const name = String(form.get("name") ?? "");
  try {
    saveProtocolVersion(context.services, user, meeting.id, name);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data<SaveVersionResult>({ ...body, values: { name } }, { status });
  }
  return redirect(`/meetings/${meeting.id}/protocol/versions?notice=versionSaved`);
}

/** The protocol's named versions: save one (those who edit it), list them and compare (all who read it). */
export default function ProtocolVersions() {
  const { t } = useI18n();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="protocol-versions-title">
      <h2 id="protocol-versions-title">{t("protocolDraft.versions.title")}</h2>
      {params.get("notice") === "versionSaved" && !result && (
        <Notice tone="success">{t("protocolDraft.notice.versionSaved")}</Notice>
      )}
      <p className="muted">{t("protocolDraft.versions.intro")}</p>
      <p>
        <Link to={`/meetings/${view.meetingId}/protocol`}>{t("protocolDraft.versions.back")}</Link>
      </p>
      {view.canSave && <SaveVersionForm result={result} />}
      <VersionList meetingId={view.meetingId} versions={view.versions} />
    </section>
  );
}
