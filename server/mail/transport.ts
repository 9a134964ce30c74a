import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Options as MailOptions } from "nodemailer/lib/mailer";

export interface Delivery {
  /** Where the message went: the SMTP server's answer, or the .eml file written. */
  deliver(message: MailOptions, id: number): Promise<{ emlFile: string | null }>;
  close(): void;
}

/** Through a real SMTP server (SMTP_URL). */
export function smtpDelivery(smtpUrl: string): Delivery {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async deliver(message) {
      await transport.sendMail(message);
      return { emlFile: null };
    },
    close: () => transport.close(),
  };
}

/** Without SMTP: each message becomes an RFC 822 .eml file in the data folder, readable by any mail program. */
export function emlDelivery(folder: string): Delivery {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async deliver(message, id) {
      const info = await transport.sendMail(message);
      await fs.mkdir(folder, { recursive: true });
      const name = `${String(id).padStart(6, "0")}.eml`;
      const file = path.join(folder, name);
      await fs.writeFile(`${file}.part`, info.message as Buffer);
      await fs.rename(`${file}.part`, file);
      return { emlFile: name };
    },
    close: () => transport.close(),
  };
}
