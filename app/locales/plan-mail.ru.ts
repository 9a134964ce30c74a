// Action-plan letters and reminders (issue 12, R4 as for assignments). Part of ru.ts.
export const planMailRu = {
  "planMail.done.subject": "Пункт {number} плана мероприятий выполнен и ждёт принятия",
  "planMail.done.body":
    "Сторона «{party}» сообщила, что пункт {number} плана мероприятий партнёрства «{body}» (срок — {due}) выполнен. Примите исполнение или верните пункт на доработку с указанием причины:",
  "planMail.accepted.subject": "Исполнение пункта {number} плана мероприятий принято",
  "planMail.accepted.body": "Исполнение пункта {number} плана мероприятий партнёрства «{body}» принято:",
  "planMail.returned.subject": "Пункт {number} плана мероприятий возвращён на доработку, срок — {due}",
  "planMail.returned.body":
    "Руководитель стороны партнёрства «{body}» вернул пункт {number} плана мероприятий на доработку:",
  "planMail.dueSoon.subject": "Напоминание: срок пункта {number} плана мероприятий — {due}",
  "planMail.dueSoon.body":
    "Приближается срок исполнения пункта {number} плана мероприятий партнёрства «{body}», за который отвечает сторона «{party}», — {due}:",
  "planMail.overdue.subject": "Пункт {number} плана мероприятий просрочен: срок был {due}",
  "planMail.overdue.body":
    "Срок исполнения пункта {number} плана мероприятий партнёрства «{body}», за который отвечает сторона «{party}», истёк {due}, а пункт не отмечен выполненным:",
  "planMail.note": "Комментарий: {note}",
  "planMail.reason": "Причина: {reason}",
  "planMail.open": "Открыть пункт плана",
  // The audit log's name for the reminders (its keys are named by the event).
  "audit.action_plan.reminded": "Напоминание о сроке пункта плана",
  "planMail.why": "Вы получили это письмо как участник стороны партнёрства «{body}» на платформе.",
} as const;
