import type { MessageKey, Params } from "./i18n-core";

/**
 * A rule said no. Carries a message key (shown in the user's language), the HTTP status it maps to and,
 * when one form field is at fault, its name. Thrown before anything is written, or inside a transaction
 * so that nothing of the change is kept.
 */
export class DomainError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly status: 400 | 403 | 404 | 409 | 410 | 413 | 422 | 429 = 422,
    readonly params: Params = {},
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

export const notFound = () => new DomainError("error.notFound.title", 404);
export const forbidden = () => new DomainError("error.forbidden.title", 403);
