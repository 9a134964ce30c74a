// Command-line administration for real deployments (DEMO=off):
//   npm run admin -- create-admin EMAIL [--name "Фамилия Имя Отчество"] [--locale ru|en]
// creates an administrator by invitation: the link is e-mailed (SMTP_URL, or an .eml file) and printed here,
// so no password ever passes through the shell or its history.
//   npm run admin -- verify-audit FILE
// checks a signed audit checkpoint exported from the audit page against this deployment's key and database.
import fs from "node:fs";
import { storedProtocolDocuments } from "../../db/protocols/documents";
import path from "node:path";
import { parseArgs } from "node:util";
import { inviteUser, inviteUserSchema } from "../../db/commands/invite-user";
import { migrateDatabase, openDatabase } from "../../db/client";
import { DomainError } from "../../app/lib/errors";
import { translate } from "../../app/lib/i18n";
import { parseForm } from "../../app/lib/forms";
import { verifyCheckpointExport } from "../../db/audit-checkpoint";
import { openAuditSeal } from "../audit/seal";
import { configFromEnv } from "../config";
import { OutboxWorker } from "../mail/outbox-worker";
import { emlDelivery, smtpDelivery } from "../mail/transport";

const usage = [
  'usage: npm run admin -- create-admin EMAIL [--name "Full Name"] [--locale ru|en]',
  "       npm run admin -- verify-audit CHECKPOINT.json",
].join("\n");

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: "string" }, locale: { type: "string", default: "ru" } },
  });
  const [command, email] = positionals;
  if (command === "verify-audit" && email) return verifyAudit(email);
  if (command !== "create-admin" || !email) {
    console.error(usage);
    return 2;
  }
  const config = configFromEnv();
  const db = openDatabase(config.databaseFile);
  migrateDatabase(db);
  openAuditSeal(db, { dataDir: config.dataDir, auditKey: config.auditKey });
  const delivery = config.smtpUrl ? smtpDelivery(config.smtpUrl) : emlDelivery(path.join(config.dataDir, "outbox"));
  const mail = new OutboxWorker(db, delivery, config.mailFrom);
  const services = { db, config, mail, live: { publish() {} }, protocols: storedProtocolDocuments(db) };
  try {
    const parsed = parseForm(inviteUserSchema, {
      email,
      name: values.name ?? email.split("@")[0],
      locale: values.locale,
      isAdmin: true,
    });
    if (!parsed.ok) {
      for (const [field, key] of Object.entries(parsed.fieldErrors)) console.error(`${field}: ${translate("en", key)}`);
      return 1;
    }
    const { link } = inviteUser(services, null, parsed.data);
    await mail.drain();
    console.log(`Administrator ${parsed.data.email} invited. The link (valid 7 days, single use):\n${link}`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(translate("en", error.messageKey, error.params));
      return 1;
    }
    throw error;
  } finally {
    await mail.stop();
    db.$client.close();
  }
}

/** Exit 0 when the checkpoint was signed by this deployment's key and its head is in a log that verifies. */
function verifyAudit(file: string): number {
  const config = configFromEnv();
  const db = openDatabase(config.databaseFile);
  try {
    const { seal } = openAuditSeal(db, { dataDir: config.dataDir, auditKey: config.auditKey, readOnly: true });
    const result = verifyCheckpointExport(db, fs.readFileSync(file, "utf8"));
    if (result.ok) {
      const c = result.checkpoint;
      console.log(
        `OK: signed by key ${seal.signing.keyId}; entry ${c.count} of ${c.platform} at ${c.at} is in the log, which verifies.`,
      );
      return 0;
    }
    const why = {
      malformed: "not an exported audit checkpoint",
      otherKey: `signed by another key than this deployment's (${seal.signing.keyId})`,
      signature: "the signature does not match its contents: the file was altered",
      notInLog: "the log no longer holds that entry with that hash: entries were removed or rewritten",
      chain: `the log does not verify (${result.verdict && !result.verdict.ok ? result.verdict.reason : ""})`,
    }[result.problem];
    console.error(`FAILED: ${why}.`);
    return 1;
  } finally {
    db.$client.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
