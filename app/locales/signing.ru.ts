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

  "signing.final.title": "Окончательный текст протокола",
  "signing.final.edition": "Редакция № {number}, оформлена {date}.",
  "signing.final.hash": "Контрольная сумма текста (SHA-256)",
  "signing.final.hashHint": "Подпись подтверждает именно этот текст: любое изменение даёт другую сумму.",
  "signing.final.noQuorum": "Заседание прошло без кворума: протокол фиксирует, что решения не принимались.",
  "signing.final.textLabel": "Окончательный текст протокола",
  "signing.signatories.title": "Подписи",
  "signing.signatories.progress": "{side}: подписали {signed} из {total}",
  "signing.signatories.signed": "подписал(а) {date}",
  "signing.signatories.pending": "ещё не подписал(а)",
  "signing.signatories.complete": "Протокол подписан всеми подписантами.",
  "signing.signatories.none": "Подписанты не определены: в составе сторон нет сопредседателей и секретарей.",
  "signing.capacity.co_chair": "сопредседатель",
  "signing.capacity.acting_chair": "заместитель сопредседателя, исполнявший его обязанности",
  "signing.capacity.secretary": "ответственный секретарь",
  "signing.action.finalise": "Оформить окончательно",
  "signing.action.finaliseHint":
    "После этого текст больше не меняется: редактор закроется у всех, подписанты получат письмо.",
  "signing.action.noQuorumWarning":
    "Внимание: на заседании не было кворума. В протокол будет добавлена запись о том, что решения не принимались (п. 3.7 Положения).",
  "signing.action.reopen": "Вернуть в работу",
  "signing.action.reopenHint": "Текст ещё никто не подписал: его можно исправить и оформить снова.",
  "signing.action.correct": "Начать исправление",
  "signing.action.correctHint":
    "Текст уже подписан. Подписанная редакция сохранится; исправленная получит следующий номер, и её нужно будет подписать всем заново.",
  "signing.action.sign": "Подписать",
  "signing.notice.finalised": "Протокол оформлен окончательно. Подписанты получили письма.",
  "signing.notice.finalisedNoQuorum":
    "Протокол оформлен окончательно. Кворума не было: в протокол добавлена запись о том, что решения не принимались.",
  "signing.notice.reopened": "Протокол возвращён в работу: текст снова можно править.",
  "signing.notice.correctionStarted":
    "Начато исправление: подписанная редакция сохранена, новую редакцию нужно будет подписать всем заново.",
  "signing.notice.signed": "Вы подписали протокол.",
  "signing.page.title": "Подписание протокола заседания № {n}",
  "signing.page.intro":
    "Прочитайте окончательный текст. Подписывая, вы подтверждаете текст с указанной контрольной суммой.",
  "signing.page.as": "Вы подписываете как {capacity} — {side}.",
  "signing.page.password": "Ваш пароль",
  "signing.page.passwordHint": "Тот, с которым вы входите на платформу.",
  "signing.page.submit": "Подписать протокол",
  "signing.page.submitting": "Подписываем…",
  "signing.page.already": "Вы подписали этот текст {date}.",
  "signing.page.back": "К протоколу",
  "signing.page.key": "Открытый ключ подписи платформы",
  "signing.home.title": "На подпись",
  "signing.home.item": "Протокол заседания № {n} — {body}",
  "signing.home.correction": "исправленная редакция № {number}",

  "signing.error.notFinal": "Протокол ещё не оформлен окончательно: подписывать пока нечего.",
  "signing.error.alreadySigned": "Вы уже подписали этот текст протокола.",
  "signing.error.textChanged":
    "Текст протокола изменился, пока вы его читали: откройте страницу подписи заново и прочитайте новый текст.",
  "signing.error.passwordRequired": "Введите свой пароль, чтобы подписать протокол.",
  "signing.error.wrongPassword": "Неверный пароль: протокол не подписан.",
  "signing.error.throttled": "Слишком много неверных паролей. Повторите через {minutes} мин.",
} as const;
