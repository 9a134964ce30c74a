import { useNavigation } from "@remix-run/react";
import type { ButtonHTMLAttributes } from "react";

/** A submit button that shows the form is being sent, and cannot be pressed twice meanwhile. */
export function SubmitButton({ children, pendingLabel, className, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string }) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === (rest.value ?? null);
  return (
    <button type="submit" className={className ?? "button"} aria-disabled={busy || undefined} disabled={busy} {...rest}>
      {busy && pendingLabel ? pendingLabel : children}
    </button>
  );
}
