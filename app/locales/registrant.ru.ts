// A registrant's own page: change, withdraw, erasure of personal data; speakers edited in place (decision 0027).
// Part of ru.ts. A few keys continue other areas' families (a registration's status, the audit's words, the programme).
export const registrantRu = {
  "registration.status.withdrawn": "Отозвана",
  "audit.registration.corrected": "Участник исправил свою регистрацию",
  "audit.registration.withdrawn": "Участник отозвал регистрацию и согласие; персональные данные удалены",
  "audit.registration.personal_data_erased": "Истёк срок хранения: персональные данные участников удалены",
  "audit.registration.retention_set": "Изменён срок хранения персональных данных участников",
  "audit.programme.speaker_updated": "Модератор или спикер изменён",
  "programme.speaker.edit": "Изменить",
  "programme.speaker.save": "Сохранить",

  "registrant.title": "Моя регистрация",
  "registrant.state": "Состояние заявки",
  "registrant.state.pending": "Заявка ждёт решения организаторов. Когда они её подтвердят, придёт письмо.",
  "registrant.state.confirmed": "Участие подтверждено.",
  "registrant.state.declined": "Организаторы отклонили заявку.",
  "registrant.registeredAt": "Заявка подана {when}.",
  "registrant.checkedIn": "Отмечены на входе {when}.",
  "registrant.details": "Данные заявки",
  "registrant.emailFixed":
    "Адрес изменить нельзя: по нему узнают вашу регистрацию и на него пишут организаторы. Для другого адреса отзовите эту регистрацию и зарегистрируйтесь снова.",
  "registrant.correct": "Исправить данные",
  "registrant.correct.submit": "Сохранить исправления",
  "registrant.corrected": "Исправления сохранены.",
  "registrant.unchanged": "Ничего не изменилось.",
  "registrant.withdraw": "Отозвать регистрацию",
  "registrant.withdraw.body":
    "Регистрация будет отозвана вместе с согласием на обработку персональных данных. Ваши ФИО, адрес, должность и организация удаляются сразу; остаются только обезличенные сведения для статистики (страна и вид организации). Отменить это нельзя.",
  "registrant.withdraw.submit": "Отозвать регистрацию и согласие",
  "registrant.withdrawn.title": "Регистрация отозвана",
  "registrant.withdrawn.body":
    "Ваши персональные данные удалены, неотправленные письма отменены. Если захотите участвовать, зарегистрируйтесь снова.",
  "registrant.link.title": "Ваша персональная ссылка",
  "registrant.link.body":
    "Сохраните её: по ней вы откроете свою регистрацию, исправите данные или отзовёте заявку, в том числе с другого устройства. Когда заявку подтвердят, письмо принесёт новую ссылку участника, а эта перестанет действовать.",
  "registrant.link.open": "Открыть мою регистрацию",
  "registrant.retention":
    "Персональные данные хранятся до {date} ({days} дн. после окончания конференции), затем удаляются автоматически. Согласие можно отозвать в любой момент на странице своей регистрации.",
  "registrant.retention.over": "Срок хранения персональных данных истёк {date}: они удалены.",
  "registrant.erased": "Данные удалены",
  "registrant.error.notCorrectable": "Эту регистрацию исправить уже нельзя.",
  "registrant.error.erased": "Персональные данные этой регистрации удалены: решение по ней принять нельзя.",
  "registrant.error.alreadyWithdrawn": "Регистрация уже отозвана.",
  "registrant.retention.title": "Персональные данные участников",
  "registrant.retention.days": "Срок хранения, дней после окончания конференции",
  "registrant.retention.hint":
    "От 0 до 365. Когда срок истечёт, ФИО, адреса, должности и организации участников удаляются; статистика по странам и видам организаций остаётся.",
  "registrant.retention.invalid": "Укажите целое число дней от 0 до 365.",
  "registrant.retention.saved": "Срок хранения сохранён.",
  "registrant.retention.erasedOn": "Данные будут удалены {date}.",
} as const;
