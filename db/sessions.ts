import { eq, sql } from "drizzle-orm";
import { preparedPerConnection, type Db } from "./client";
import { sessions, users, type Session, type User } from "./schema";
import { judgeSession, SESSION_LIFETIME_MS } from "../app/lib/session-expiry";
import { generateToken, hashToken } from "../app/lib/tokens.server";

export const SESSION_COOKIE = "session";

export function createSession(tx: Db, userId: number, now = new Date()): { token: string; session: Session } {
  const token = generateToken();
  const session = {
    id: hashToken(token),
    userId,
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
    createdAt: now,
  };
  tx.insert(sessions).values(session).run();
  return { token, session };
}

export type SessionValidation = { session: Session; user: User; renewed: boolean } | null;

const sessionQueries = preparedPerConnection((db) => ({
  withUser: db
    .select()
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder("id")))
    .prepare(),
}));

/** A disabled user's or expired session is no session. A session near its end is extended (sliding expiry). */
export function validateSessionToken(db: Db, token: string, now = new Date()): SessionValidation {
  const id = hashToken(token);
  const row = sessionQueries(db).withUser.get({ id });
  if (!row) return null;
  const { sessions: session, users: user } = row;
  if (user.status !== "active") {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  const verdict = judgeSession(session.expiresAt, now);
  if (verdict.kind === "expired") {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  if (verdict.kind === "renew") {
    db.update(sessions).set({ expiresAt: verdict.expiresAt }).where(eq(sessions.id, id)).run();
    return { session: { ...session, expiresAt: verdict.expiresAt }, user, renewed: true };
  }
  return { session, user, renewed: false };
}

/** When a session expires, or null when it is gone or its user is no longer active (for long-lived connections). */
export function sessionExpiry(db: Db, sessionId: string): Date | null {
  const row = db
    .select({ expiresAt: sessions.expiresAt, status: users.status })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .get();
  return row && row.status === "active" ? row.expiresAt : null;
}

export function invalidateSession(db: Db, sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Ends every session of a user; returns how many there were. */
export function invalidateUserSessions(tx: Db, userId: number): number {
  return tx.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    "HttpOnly",
    "SameSite=Lax",
    "Path=/",
    `Expires=${expiresAt.toUTCString()}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

export function blankSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=0", ...(secure ? ["Secure"] : [])].join(
    "; ",
  );
}

export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eqAt = part.indexOf("=");
    if (eqAt < 0) continue;
    if (part.slice(0, eqAt).trim() === name) return decodeURIComponent(part.slice(eqAt + 1).trim());
  }
  return null;
}
