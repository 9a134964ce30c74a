// Strings of the materials digest (R6), members' proposals of experts and observers (R12) and calendar
// invitations that are answered on the platform. Part of ru.ts.
export const participationRu = {
  "materialDigest.subject": "Новые материалы ({count}): заседание № {n}, {body}",
  "materialDigest.body":
    "К заседанию № {n} органа «{body}» ({when}) {count:поступил|поступили|поступили} {count} {count:материал|материала|материалов}:",
  "materialDigest.acceptedLate": "представлен после срока, принят сопредседателем",
  "materialDigest.deadline": "Срок представления материалов — до {deadline} (часовой пояс органа: {zone}).",
  "materialDigest.open": "Открыть материалы заседания",
  "materialDigest.why":
    "Такое письмо приходит одно на несколько материалов: в нём всё, что поступило после предыдущего письма.",

  "meetingMail.answerOnPlatform":
    "Во вложении — приглашение для календаря (.ics). Ответ на приглашение дайте на платформе: {link} — ответы на это письмо и из календаря никто не получит.",
  "meetingMail.noReplies":
    "Во вложении — приглашение для календаря (.ics). Ответы на это письмо и из календаря никто не получит; всё о заседании — на платформе: {link}",
  "ics.noReplies": "Ответы из календаря и на письмо не доходят; всё о заседании — на платформе: {link}",
  "ics.answerOnPlatform":
    "Ответ на приглашение — только на платформе: {link}. Ответы из календаря и на письмо не доходят.",

  "guestProposal.title": "Предложения экспертов и наблюдателей",
  "guestProposal.lead":
    "Члены органа предлагают, сопредседатель (или замещающий его заместитель) приглашает или отклоняет с указанием причины (п. 3.11 Положения).",
  "guestProposal.empty": "Предложений пока нет.",
  "guestProposal.caption": "Предложения экспертов и наблюдателей",
  "guestProposal.col.proposal": "Кого предлагают",
  "guestProposal.col.reason": "Обоснование",
  "guestProposal.col.status": "Решение",
  "guestProposal.by": "предлагает {name}",
  "guestProposal.status.pending": "ожидает решения сопредседателя",
  "guestProposal.status.invited": "приглашён(а)",
  "guestProposal.status.declined": "отклонено: {reason}",
  "guestProposal.form.title": "Предложить эксперта или наблюдателя",
  "guestProposal.form.lead":
    "Укажите, кого и почему стоит пригласить. Решение примет сопредседатель; вы увидите его здесь.",
  "guestProposal.form.reason": "Обоснование",
  "guestProposal.form.submit": "Предложить",
  "guestProposal.invite": "Пригласить",
  "guestProposal.declineReason": "Причина отказа",
  "guestProposal.decline": "Отклонить",
  "guestProposal.closed": "Предлагать экспертов и наблюдателей можно только до начала заседания.",
  "guestProposal.decided": "По этому предложению уже принято решение.",
  "guestProposal.duplicate": "Этого человека уже предложили на это заседание; решение ещё не принято.",
  "guestProposal.notFound": "Такого предложения нет.",

  "audit.guest.proposed": "Предложен эксперт или наблюдатель",
  "audit.guest.proposal_declined": "Предложение эксперта или наблюдателя отклонено",
  "audit.materials.digest_sent": "Разослана сводка новых материалов",
} as const;
