import type { ReactNode } from "react";

/** A message about the page: errors are announced at once (alert), the rest politely (status). */
export function Notice({ tone, children }: { tone: "error" | "success" | "info" | "warning"; children: ReactNode }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
