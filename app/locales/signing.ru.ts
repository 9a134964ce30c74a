// Finalising and signing protocols (issue 10). Part of ru.ts.
export const signingRu = {
  "audit.protocol.finalised": "Протокол оформлен окончательно",
  "audit.protocol.reopened": "Протокол возвращён в работу",
  "audit.protocol.correction_started": "Начато исправление подписанного протокола",
  "audit.protocol.signed": "Протокол подписан",

  "signing.doc.noDecisions": "Кворум отсутствовал: решения не принимались (п. 3.7 Положения).",

  "signing.mail.subject": "Протокол заседания № {n} на подпись — {body}",
  "signing.mail.body": "Текст протокола заседания № {n} ({body}) окончательно оформлен и ожидает вашей подписи.",
  "signing.mail.hash": "Контрольная сумма текста (SHA-256): {hash}",
  "signing.mail.correction":
    "Это исправленная редакция № {number}: её нужно подписать заново. Контрольная сумма текста (SHA-256): {hash}",
  "signing.mail.open": "Открыть протокол и подписать",
  "signing.mail.password": "Для подписи платформа попросит ввести ваш пароль.",

  "signing.error.notFinal": "Протокол ещё не оформлен окончательно: подписывать пока нечего.",
  "signing.error.alreadySigned": "Вы уже подписали этот текст протокола.",
  "signing.error.textChanged":
    "Текст протокола изменился, пока вы его читали: откройте страницу подписи заново и прочитайте новый текст.",
  "signing.error.passwordRequired": "Введите свой пароль, чтобы подписать протокол.",
  "signing.error.wrongPassword": "Неверный пароль: протокол не подписан.",
  "signing.error.throttled": "Слишком много неверных паролей. Повторите через {minutes} мин.",
} as const;
