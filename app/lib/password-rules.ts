export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = "password.tooShort" | "password.tooLong" | "password.sameAsEmail";

/** Length is what protects a password; no composition rules (NIST SP 800-63B). */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "password.tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "password.tooLong";
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return "password.sameAsEmail";
  return null;
}
