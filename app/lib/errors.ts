import type { MessageKey, Params } from "./i18n-core";

/**
 * A rule said no. Carries a message key (shown in the user's language), the HTTP status it maps to and,
 * when one form field is at fault, its name. Thrown before anything is written, or inside a transaction
 * so that nothing of the change is kept.
 */
const BRAND = Symbol.for("cooperation-platform.domain-error");

export class DomainError extends Error {
  /**
   * `instanceof` by a brand, not by the class object: the server's own modules (server/collab, the platform's
   * documents) and the Remix bundle each hold a copy of this class (STACK.md, pitfall 12), and a refusal thrown
   * by one copy must still be recognised by the other (else a 409 became a 500).
   */
  readonly [BRAND] = true;
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

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
