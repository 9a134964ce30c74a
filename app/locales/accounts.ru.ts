// Messages of account links and sign-in throttling (issue 8). Part of ru.ts.
export const accountsRu = {
  "token.revoked":
    "Эта ссылка больше не действует: вместо неё отправлена новая, приглашение уже принято или пароль уже изменён.",
  "audit.user.sign_in_failed": "Неудачная попытка входа",
} as const;
