import { Form, Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { RegistrationWindow } from "~/lib/conference-registration/rules";

/** Whether the form takes registrations now, and the organisers' button to open or close it. */
export function RegistrationWindowCard({
  conferenceId,
  window,
  mayManage,
}: {
  conferenceId: number;
  window: RegistrationWindow;
  mayManage: boolean;
}) {
  const { t } = useI18n();
  const state = { open: "isOpen", closed: "isClosed", notOpened: "isNotOpened" } as const;
  return (
    <section className="card" aria-labelledby="registration-window">
      <h2 id="registration-window">{t("registration.window.title")}</h2>
      <p>
        {t(`registration.window.${state[window]}`)}{" "}
        <Link to={`/conferences/${conferenceId}/register`}>{t("registration.window.formLink")}</Link>
      </p>
      {mayManage && (
        <Form method="post">
          <SubmitButton
            name="intent"
            value={window === "open" ? "close" : "open"}
            className={window === "open" ? "button button--quiet" : "button"}
          >
            {t(window === "open" ? "registration.window.closeIt" : "registration.window.openIt")}
          </SubmitButton>
        </Form>
      )}
    </section>
  );
}
