// Finalising and signing protocols (issue 10). Part of en.ts.
import type { signingRu } from "./signing.ru";

export const signingEn: Record<keyof typeof signingRu, string> = {
  "audit.protocol.finalised": "Protocol finalised",
  "audit.protocol.reopened": "Protocol reopened",
  "audit.protocol.correction_started": "Correction of a signed protocol started",
  "audit.protocol.signed": "Protocol signed",

  "signing.doc.noDecisions": "There was no quorum: no decisions were taken (clause 3.7 of the Regulation).",

  "signing.mail.subject": "Protocol of meeting No. {n} to sign — {body}",
  "signing.mail.body": "The protocol of meeting No. {n} ({body}) has been finalised and awaits your signature.",
  "signing.mail.hash": "The text's checksum (SHA-256): {hash}",
  "signing.mail.correction":
    "This is corrected text No. {number}: it must be signed again. The text's checksum (SHA-256): {hash}",
  "signing.mail.open": "Open the protocol and sign",
  "signing.mail.password": "To sign, the platform will ask for your password.",

  "signing.error.notFinal": "The protocol is not finalised yet: there is nothing to sign.",
  "signing.error.alreadySigned": "You have already signed this text of the protocol.",
  "signing.error.textChanged":
    "The protocol's text changed while you were reading it: open the signing page again and read the new text.",
  "signing.error.passwordRequired": "Enter your password to sign the protocol.",
  "signing.error.wrongPassword": "Wrong password: the protocol was not signed.",
  "signing.error.throttled": "Too many wrong passwords. Try again in {minutes} min.",
};
