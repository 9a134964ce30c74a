import type { User } from "../../db/schema";

/**
 * The one place that answers "may this user do this?". Loaders, actions, the websocket server and the UI
 * (to hide what a user may not do) all ask here; nothing checks roles by hand elsewhere.
 * The matrix of roles and actions is in docs/permissions.md.
 */
export type Actor = Pick<User, "id" | "isAdmin" | "status">;

export type Action =
  | "profile.update"
  | "users.manage" // invite, disable, enable, grant or revoke administration
  | "organisations.manage"
  | "audit.read"
  | "outbox.read"
  | "outbox.retry";

export function can(actor: Actor | null, action: Action): boolean {
  if (!actor || actor.status !== "active") return false;
  switch (action) {
    case "profile.update":
      return true;
    case "users.manage":
    case "organisations.manage":
    case "audit.read":
    case "outbox.read":
    case "outbox.retry":
      return actor.isAdmin;
  }
}
