/**
 * A conference participant's personal link (issue 12). Registrants have no account: the confirmation e-mail carries
 * `/conferences/<id>/participant/<token>`, whose route keeps the token in a cookie for that conference's pages only,
 * so that downloads and proposals recognise them. The database keeps only the token's hash (registrations).
 */
import { readCookie } from "../../db/sessions";

const cookieName = (conferenceId: number) => `conference_participant_${conferenceId}`;

/** The personal link's token this browser keeps for the conference, if any. */
export function participantTokenOf(request: Request, conferenceId: number): string | null {
  return readCookie(request.headers.get("cookie"), cookieName(conferenceId));
}

/** Keeps the token for the conference's pages (a year: the participant returns for the outcome and materials). */
export function participantCookie(conferenceId: number, token: string, secure: boolean): string {
  return [
    `${cookieName(conferenceId)}=${encodeURIComponent(token)}`,
    "HttpOnly",
    "SameSite=Lax",
    `Path=/conferences/${conferenceId}`,
    `Max-Age=${365 * 24 * 3600}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

/** Forgets the token (a withdrawn registration has no link any more). */
export function clearedParticipantCookie(conferenceId: number, secure: boolean): string {
  return [
    `${cookieName(conferenceId)}=`,
    "HttpOnly",
    "SameSite=Lax",
    `Path=/conferences/${conferenceId}`,
    "Max-Age=0",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}
