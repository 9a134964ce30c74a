// Accounts, organisations, sign-in sessions, e-mail links, the audit log and the mail outbox.
// Times are stored as milliseconds since the epoch (UTC).
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

import { organisationKinds } from "../../app/lib/organisation-kinds";
export { organisationKinds, type OrganisationKind } from "../../app/lib/organisation-kinds";

export const organisations = sqliteTable("organisations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
  country: text("country").notNull(), // ISO 3166-1 alpha-2
  kind: text("kind", { enum: organisationKinds }).notNull(),
  createdAt: createdAt(),
});

export const userStatuses = ["invited", "active", "disabled"] as const;
export type UserStatus = (typeof userStatuses)[number];

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(), // always stored lower-cased
    name: text("name").notNull(),
    organisationId: integer("organisation_id").references(() => organisations.id),
    position: text("position").notNull().default(""),
    locale: text("locale", { enum: ["ru", "en"] }),
    timezone: text("timezone").notNull().default("Europe/Moscow"),
    isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: userStatuses }).notNull().default("invited"),
    passwordHash: text("password_hash"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

/** Lucia-guide sessions: the id is hex(sha256(token)); the token itself is only ever in the cookie. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** Single-use links sent by e-mail: invitations and password resets. Only the token's hash is kept. */
export const emailTokenPurposes = ["invitation", "password_reset"] as const;
export type EmailTokenPurpose = (typeof emailTokenPurposes)[number];

export const emailTokens = sqliteTable(
  "email_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    purpose: text("purpose", { enum: emailTokenPurposes }).notNull(),
    tokenHash: text("token_hash").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdById: integer("created_by_id").references(() => users.id),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    /** Set when a newer link, an accepted invitation or a changed password made this one void. */
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("email_tokens_hash").on(t.tokenHash), index("email_tokens_user").on(t.userId)],
);

/** Failed sign-ins, keyed by account ("email:…") and by address ("ip:…"), for throttling. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("login_failures_key_at").on(t.key, t.at)],
);

/** Append-only, hash-chained. UPDATE and DELETE are refused by triggers (custom migration). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    seq: integer("seq").primaryKey(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    actorId: integer("actor_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    details: text("details").notNull().default("{}"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_subject").on(t.subjectType, t.subjectId)],
);

export const outboxStatuses = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** Every e-mail is written here in the transaction that causes it, then delivered (and retried) after commit. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    attachments: text("attachments").notNull().default("[]"), // JSON: [{ filename, contentType, content }]
    status: text("status", { enum: outboxStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    emlFile: text("eml_file"),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_due").on(t.status, t.nextAttemptAt)],
);

export type Organisation = typeof organisations.$inferSelect;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type OutboxMessage = typeof outbox.$inferSelect;
