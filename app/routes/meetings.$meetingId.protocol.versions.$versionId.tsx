import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { jsonOfState, versionOf } from "../../db/queries/protocol-versions";
import { useI18n } from "~/components/i18n";
import { VersionDiff } from "~/components/protocol-versions/VersionDiff";
import { diffSummary, diffTexts, linesOf } from "~/lib/text-diff";
import { meetingFor } from "~/web/access.server";
import { idParam, translatorFor } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { meeting } = meetingFor({ request, context, params }, "protocol.read");
  const versionId = idParam(params.versionId);
  const { db, protocols } = context.services;
  // A version of another meeting is no version of this one: the same 404 as an unknown id.
  const version = versionOf(db, meeting.id, versionId);
  if (!version) throw new Response("Not Found", { status: 404 });
  const t = translatorFor(request, context);
  const diff = diffTexts(linesOf(jsonOfState(version.state)), linesOf(jsonOfState(protocols.state(meeting.id))));
  return {
    title: t("protocolDraft.diff.metaTitle", { name: version.name }),
    meetingId: meeting.id,
    version: { name: version.name, createdAt: version.createdAt.toISOString(), createdByName: version.createdByName },
    diff,
    summary: diffSummary(diff),
  };
}

/** A named version compared with the current text: blocks added, removed and changed, word by word. */
export default function ProtocolVersionComparison() {
  const { t, dateTime } = useI18n();
  const { meetingId, version, diff, summary } = useLoaderData<typeof loader>();
  const unchanged = summary.added + summary.removed + summary.changed === 0;
  return (
    <section aria-labelledby="protocol-diff-title">
      <h2 id="protocol-diff-title">{t("protocolDraft.diff.title", { name: version.name })}</h2>
      <p>
        <Link to={`/meetings/${meetingId}/protocol/versions`}>{t("protocolDraft.versions.backToList")}</Link>
        {" · "}
        <Link to={`/meetings/${meetingId}/protocol`}>{t("protocolDraft.versions.back")}</Link>
      </p>
      <p className="muted">
        {t("protocolDraft.diff.savedBy", { date: dateTime(version.createdAt), name: version.createdByName })}
      </p>
      <p role="status">{unchanged ? t("protocolDraft.diff.noChanges") : t("protocolDraft.diff.summary", summary)}</p>
      {!unchanged && <p className="muted">{t("protocolDraft.diff.legend")}</p>}
      <VersionDiff diff={diff} />
    </section>
  );
}
