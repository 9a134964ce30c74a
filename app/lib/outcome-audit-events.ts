// The audit entries of a conference's outcome document (issue 12, decision 0024); part of AuditEvent.
import type { ProposalDecision } from "./outcome-rules";

export type OutcomeAuditEvent =
  | { action: "outcome.begun"; subjectType: "body"; subjectId: number; details: { title: string; updateId: number } }
  | {
      // Opening for proposals, or moving the deadline of an open one.
      action: "outcome.proposals_opened";
      subjectType: "body";
      subjectId: number;
      details: { until: string; previous: string | null };
    }
  | { action: "outcome.proposals_closed"; subjectType: "body"; subjectId: number; details: { until: string | null } }
  | {
      // Sent by a participant who may have no account: the registration says who.
      action: "outcome.proposal_sent";
      subjectType: "body";
      subjectId: number;
      details: { proposalId: number; registrationId: number; characters: number };
    }
  | {
      action: "outcome.proposal_decided";
      subjectType: "body";
      subjectId: number;
      details: { proposalId: number; decision: ProposalDecision; previous: string };
    }
  | {
      action: "outcome.finalised";
      subjectType: "body";
      subjectId: number;
      details: { characters: number; proposalsUndecided: number };
    }
  | {
      action: "outcome.published";
      subjectType: "body";
      subjectId: number;
      details: { documentId: number; visibility: string; sections: number };
    };
