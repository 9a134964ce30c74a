// The audit entries of finalising, reopening and signing a protocol (issue 10, decision 0018).
import type { SignatureCapacity } from "./signature-fields";

export type SigningAuditEvent =
  | {
      action: "protocol.finalised";
      subjectType: "meeting";
      subjectId: number;
      details: { finalId: number; number: number; sha256: string; quorate: boolean };
    }
  | {
      // Before the first signature (plain), or after one (a correction: the next final needs every signature again).
      action: "protocol.reopened" | "protocol.correction_started";
      subjectType: "meeting";
      subjectId: number;
      details: { finalId: number; number: number; signatures: number };
    }
  | {
      action: "protocol.signed";
      subjectType: "meeting";
      subjectId: number;
      details: {
        finalId: number;
        signatureId: number;
        capacity: SignatureCapacity;
        sideId: number;
        sha256: string;
        complete: boolean;
      };
    };
