import { useNavigation } from "@remix-run/react";
import { useRef, type ButtonHTMLAttributes } from "react";

/**
 * A submit button that shows its own form is being sent, and cannot be pressed twice meanwhile. Only the
 * button whose form (and, for named buttons, whose value) is being submitted shows as busy.
 */
export function SubmitButton({
  children,
  pendingLabel,
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string }) {
  const navigation = useNavigation();
  const ref = useRef<HTMLButtonElement>(null);
  let busy = false;
  if (navigation.state === "submitting" && ref.current?.form) {
    const action = new URL(ref.current.form.action);
    const sameForm =
      navigation.formAction === action.pathname + action.search || navigation.formAction === action.pathname;
    const sameButton = rest.name === undefined || navigation.formData?.get(rest.name) === String(rest.value ?? "");
    busy = sameForm && sameButton;
  }
  return (
    <button
      ref={ref}
      type="submit"
      className={className ?? "button"}
      aria-disabled={busy || undefined}
      disabled={busy}
      {...rest}
    >
      {busy && pendingLabel ? pendingLabel : children}
    </button>
  );
}
