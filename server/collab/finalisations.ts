import type { Db } from "../../db/client";
import { DatabaseSignal } from "../sessions/database-signal";

/**
 * "These protocols were finalised or reopened" (protocols.finalised_at changed), told by the database like
 * RoleChanges (a TEMP trigger on this connection; listeners hear of it after the commit). The collaboration
 * server then closes every open editor of a finalised protocol at once (4409), not at its next keystroke, and
 * lets a reopened one be edited again. The numbers signalled are meeting ids.
 */
export class ProtocolFinalisations extends DatabaseSignal {
  constructor(db: Db) {
    super(db, "platform_protocol_finalisation_changed", [
      `CREATE TEMP TRIGGER IF NOT EXISTS platform_protocol_finalisation AFTER UPDATE OF finalised_at
       ON main.protocols WHEN old.finalised_at IS NOT new.finalised_at
       BEGIN SELECT platform_protocol_finalisation_changed(new.meeting_id); END`,
    ]);
  }
}
