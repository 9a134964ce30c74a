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

  "signing.final.title": "Final text of the protocol",
  "signing.final.edition": "Text No. {number}, finalised {date}.",
  "signing.final.hash": "Checksum of the text (SHA-256)",
  "signing.final.hashHint": "A signature confirms exactly this text: any change gives another checksum.",
  "signing.final.noQuorum": "The session had no quorum: the protocol records that no decisions were taken.",
  "signing.final.textLabel": "Final text of the protocol",
  "signing.signatories.title": "Signatures",
  "signing.signatories.progress": "{side}: {signed} of {total} signed",
  "signing.signatories.signed": "signed {date}",
  "signing.signatories.pending": "not signed yet",
  "signing.signatories.complete": "The protocol is signed by all its signatories.",
  "signing.signatories.none": "No signatories: the sides have no co-chairs or secretaries seated.",
  "signing.capacity.co_chair": "co-chair",
  "signing.capacity.acting_chair": "deputy acting for the co-chair",
  "signing.capacity.secretary": "responsible secretary",
  "signing.action.finalise": "Finalise",
  "signing.action.finaliseHint":
    "The text will no longer change: the editor closes for everyone, and the signatories receive a letter.",
  "signing.action.noQuorumWarning":
    "Note: the session had no quorum. The protocol will record that no decisions were taken (clause 3.7 of the Regulation).",
  "signing.action.reopen": "Reopen",
  "signing.action.reopenHint": "Nobody has signed the text yet: it can be corrected and finalised again.",
  "signing.action.correct": "Start a correction",
  "signing.action.correctHint":
    "The text is already signed. The signed text stays on record; the corrected one gets the next number and must be signed by everyone again.",
  "signing.action.sign": "Sign",
  "signing.notice.finalised": "The protocol is finalised. The signatories have been sent letters.",
  "signing.notice.finalisedNoQuorum":
    "The protocol is finalised. There was no quorum: the protocol now records that no decisions were taken.",
  "signing.notice.reopened": "The protocol is open again: its text can be edited.",
  "signing.notice.correctionStarted":
    "A correction has started: the signed text is kept; the new text will need every signature again.",
  "signing.notice.signed": "You have signed the protocol.",
  "signing.page.title": "Signing the protocol of meeting No. {n}",
  "signing.page.intro": "Read the final text. By signing you confirm the text with the checksum shown.",
  "signing.page.as": "You sign as {capacity} — {side}.",
  "signing.page.password": "Your password",
  "signing.page.passwordHint": "The one you sign in to the platform with.",
  "signing.page.submit": "Sign the protocol",
  "signing.page.submitting": "Signing…",
  "signing.page.already": "You signed this text on {date}.",
  "signing.page.back": "Back to the protocol",
  "signing.page.key": "The platform's signing public key",
  "signing.home.title": "To sign",
  "signing.home.item": "Protocol of meeting No. {n} — {body}",
  "signing.home.correction": "corrected text No. {number}",

  "signing.error.notFinal": "The protocol is not finalised yet: there is nothing to sign.",
  "signing.error.alreadySigned": "You have already signed this text of the protocol.",
  "signing.error.textChanged":
    "The protocol's text changed while you were reading it: open the signing page again and read the new text.",
  "signing.error.passwordRequired": "Enter your password to sign the protocol.",
  "signing.error.wrongPassword": "Wrong password: the protocol was not signed.",
  "signing.error.throttled": "Too many wrong passwords. Try again in {minutes} min.",
};
