import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on the loopback. Tests await the next message instead of sleeping.
 */
export async function startSmtpServer() {
  const received: ParsedMail[] = [];
  const waiting: ((m: ParsedMail) => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const next = waiting.shift();
          if (next) next(mail);
          else received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** The next message to arrive (or the oldest one not yet taken). */
    nextMessage(): Promise<ParsedMail> {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve) => waiting.push(resolve));
    },
    /** Every message arrived and not yet taken, oldest first; they are taken (after `mail.drain()`: all so far). */
    takeReceived(): ParsedMail[] {
      return received.splice(0, received.length);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's text that starts with `base`. */
export function linkIn(mail: ParsedMail, base: string): string {
  const match = (mail.text ?? "").match(new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\s]+`));
  if (!match) throw new Error(`no link to ${base} in: ${mail.text}`);
  return match[0];
}
