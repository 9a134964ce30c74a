/**
 * The library area of the one policy (issue 11), asked through `can()` in ./policy.ts. Who reads a document follows
 * its visibility; a body's officers keep its documents and its amendments. The table is docs/permissions.md
 * ("library"), whose columns include the signed-out reader; tests/unit/policy.test.ts checks every cell.
 */
import type { Actor, BodyScope } from "./policy-subjects";

/** A library document: who reads it, and the reader's seats in the body it belongs to, if any. */
export interface LibraryScope {
  visibility: "public" | "partners" | "body";
  seats: BodyScope["seats"];
}

export interface LibraryResources {
  "library.read": LibraryScope;
  "library.add": BodyScope;
  "library.amend": BodyScope;
  "library.manageAmendments": BodyScope;
}
export type LibraryAction = keyof LibraryResources;

export const libraryActions = [
  "library.read",
  "library.add",
  "library.amend",
  "library.manageAmendments",
] as const satisfies readonly LibraryAction[];

const libraryActionSet = new Set<string>(libraryActions);
export const isLibraryAction = (action: string): action is LibraryAction => libraryActionSet.has(action);

const seated = (scope: Pick<BodyScope, "seats">) => scope.seats.length > 0;
const keeper = (scope: BodyScope) => scope.seats.some((s) => s.role === "secretary" || s.role === "co_chair");

/** `actor` is null for someone signed out. Called by `can()` only after it has refused a disabled account. */
export function canLibrary(
  actor: Actor | null,
  action: LibraryAction,
  scope: LibraryResources[LibraryAction],
): boolean {
  // A public document is for anyone, signed in or not, and for search engines (issue 11).
  if (action === "library.read" && (scope as LibraryScope).visibility === "public") return true;
  if (!actor) return false;
  switch (action) {
    case "library.read":
      // Issue 11: "partners" is every signed-in user (accounts exist only by invitation: partners, guests and
      // the members of every body); "body" is that body's members, as for the body itself (R14).
      return (scope as LibraryScope).visibility === "partners" || actor.isAdmin || seated(scope);
    case "library.add":
      // Issue 11: the body's secretaries and co-chairs add and curate its documents; administrators move archives in.
      return actor.isAdmin || keeper(scope as BodyScope);
    case "library.amend":
      // Issue 11: the members of the document's body propose amendments to its draft edition.
      return seated(scope);
    case "library.manageAmendments":
      // Issue 11: the body's secretaries (and co-chairs) open a draft for amendments, decide them, make the edition.
      return actor.isAdmin || keeper(scope as BodyScope);
  }
}
