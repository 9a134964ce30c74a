/** Where a conference's outcome document lives on disk: `outcomes` (snapshot) + `outcome_updates`, as protocols. */
import { yjsStore } from "../collab/yjs-store";

export const outcomeStore = yjsStore({ documents: "outcomes", updates: "outcome_updates", key: "body_id" });
