import type { accountsRu } from "./accounts.ru";

export const accountsEn: { readonly [K in keyof typeof accountsRu]: string } = {
  "token.revoked":
    "This link no longer works: a newer one was sent, the invitation was already accepted, or the password was changed.",
  "audit.user.sign_in_failed": "Failed sign-in attempt",
};
