import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { signProtocol } from "../../db/commands/protocols/sign";
import { authorize } from "../../db/access";
import { useI18n } from "~/components/i18n";
import { FinalText } from "~/components/protocol/FinalText";
import { SignForm } from "~/components/protocol/SignForm";
import { Notice } from "~/components/ui/Notice";
import { meetingFor, refusalResponse, type MeetingAccess } from "~/web/access.server";
import { failure, readForm, translatorFor, type ActionFailure } from "~/web/request.server";
import { signingView } from "~/web/signing-view.server";
import protocolStylesHref from "~/styles/protocol.css?url";

export const links = () => [{ rel: "stylesheet", href: protocolStylesHref }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** Only the protocol's signatories come here (R11): a member is refused (403), a stranger learns nothing (404). */
function asSignatory(args: LoaderFunctionArgs, access: MeetingAccess) {
  const view = signingView(args.context, access);
  const me = view.signatories.find((s) => s.userId === access.user.id);
  try {
    authorize(access.user, "protocol.sign", { ...access.scope, named: me !== undefined }, "signing.error.notFinal");
  } catch (error) {
    throw refusalResponse(error);
  }
  return { view, me: me! };
}

export async function loader(args: LoaderFunctionArgs) {
  const access = meetingFor(args, "meeting.read");
  const { view, me } = asSignatory(args, access);
  const t = translatorFor(args.request, args.context);
  return {
    title: t("signing.page.title", { n: access.meeting.number }),
    number: access.meeting.number,
    view,
    me: { capacity: me.capacity, sideName: me.sideName, signedAt: me.signedAt },
  };
}

export async function action(args: ActionFunctionArgs) {
  const { request, context } = args;
  const { user, meeting } = meetingFor(args, "meeting.read");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const input = {
    password: String(form.get("password") ?? ""),
    textSha256: String(form.get("sha256") ?? ""),
    address: context.clientAddress,
  };
  try {
    await signProtocol(context.services, user, meeting.id, input);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data<ActionFailure>(body, { status });
  }
  return redirect(`/meetings/${meeting.id}/protocol?notice=signed`);
}

/** /meetings/:id/protocol/sign: the final text, read-only, with its hash; the signatory types their password. */
export default function SignProtocol() {
  const { t, dateTime } = useI18n();
  const { number, view, me } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section aria-labelledby="sign-title" className="protocol-page">
      <h2 id="sign-title">{t("signing.page.title", { n: number })}</h2>
      <p>
        <Link to={`/meetings/${view.meetingId}/protocol`}>{t("signing.page.back")}</Link>
      </p>
      {!view.final ? (
        <Notice tone="info">{t("signing.error.notFinal")}</Notice>
      ) : (
        <>
          {me.signedAt ? (
            <Notice tone="success">{t("signing.page.already", { date: dateTime(me.signedAt) })}</Notice>
          ) : (
            <SignForm
              sha256={view.final.sha256}
              capacity={t(`signing.capacity.${me.capacity}`)}
              side={me.sideName}
              result={result}
            />
          )}
          <FinalText final={view.final} />
        </>
      )}
    </section>
  );
}
