// The generated protocol draft, its refresh and its named versions. Part of ru.ts.
// `protocolDraft.doc.*` are the words of the document itself, in the body's working language (not the reader's).
export const protocolDraftRu = {
  "audit.protocol.drafted": "Черновик протокола сформирован",
  "audit.protocol.regenerated": "Сформированные разделы протокола обновлены",
  "audit.protocol.version_saved": "Сохранена версия протокола",
  "protocolDraft.refresh": "Обновить сформированные разделы",
  "protocolDraft.refreshHint":
    "Заголовок, председательствующие, присутствие, правомочность, повестка дня и приложение будут сформированы заново по данным заседания; набранный текст останется без изменений.",
  "protocolDraft.notice.regenerated": "Сформированные разделы протокола обновлены; набранный текст сохранён.",
  "protocolDraft.notice.upToDate": "Сформированные разделы уже соответствуют данным заседания.",

  "protocolDraft.doc.title": "ПРОТОКОЛ № {n}",
  "protocolDraft.doc.of": "заседания",
  "protocolDraft.doc.when": "Дата и время: {date}, {time} ({zone})",
  "protocolDraft.doc.place": "Место проведения: {place}",
  "protocolDraft.doc.format.in_person": "Формат: очное заседание",
  "protocolDraft.doc.format.video": "Формат: заседание в режиме видеоконференции",
  "protocolDraft.doc.format.hybrid": "Формат: очно и в режиме видеоконференции",
  "protocolDraft.doc.video": "Видеоконференция: {link}",
  "protocolDraft.doc.presiding": "Председательствовали:",
  "protocolDraft.doc.presiding.co_chair": "{side}: {name}, сопредседатель",
  "protocolDraft.doc.presiding.deputy":
    "{side}: {name}, заместитель сопредседателя, исполняющий обязанности сопредседателя в его отсутствие",
  "protocolDraft.doc.presiding.nobody": "{side}: председательствующий не определён",
  "protocolDraft.doc.attendance": "Присутствовали:",
  "protocolDraft.doc.attendance.side": "{side} ({present} из {members})",
  "protocolDraft.doc.attendance.in_person": "очно:",
  "protocolDraft.doc.attendance.video": "в режиме видеоконференции:",
  "protocolDraft.doc.attendance.absent": "отсутствовали:",
  "protocolDraft.doc.attendance.notYet":
    "Присутствие отмечается на заседании; раздел будет обновлён после его открытия.",
  "protocolDraft.doc.person": "{name}, {position}",
  "protocolDraft.doc.guests": "Приглашённые эксперты и наблюдатели (без права голоса, в кворуме не учитываются):",
  "protocolDraft.doc.guest.expert": "{name}, эксперт",
  "protocolDraft.doc.guest.observer": "{name}, наблюдатель",
  "protocolDraft.doc.guest.absent": "{person} (не присутствовал)",
  "protocolDraft.doc.quorum.quorate": "Кворум имеется. Заседание правомочно.",
  "protocolDraft.doc.quorum.notQuorate": "Кворума нет. Заседание неправомочно принимать решения.",
  "protocolDraft.doc.quorum.side":
    "{side}: присутствуют {present} из {members} {members:члена|членов|членов} (необходимо не менее {needed}).",
  "protocolDraft.doc.quorum.overall":
    "Всего присутствуют {present} из {members} {members:члена|членов|членов} (необходимо не менее {needed}).",
  "protocolDraft.doc.quorum.notYet": "Правомочность заседания определяется при его открытии.",
  "protocolDraft.doc.agenda": "ПОВЕСТКА ДНЯ:",
  "protocolDraft.doc.agenda.empty": "Повестка дня не утверждена.",
  "protocolDraft.doc.agenda.speakers": "{title} (докладчики: {speakers})",
  "protocolDraft.doc.item": "{n}. {title}",
  "protocolDraft.doc.item.opinion": "Оглашено письменное мнение: {author} ({side}); приложение, п. {k}.",
  "protocolDraft.doc.heard": "СЛУШАЛИ:",
  "protocolDraft.doc.spoke": "ВЫСТУПИЛИ:",
  "protocolDraft.doc.decided": "РЕШИЛИ:",
  "protocolDraft.doc.annex": "Приложение к протоколу № {n}",
  "protocolDraft.doc.annex.intro":
    "Письменные мнения членов, отсутствовавших на заседании, оглашённые на заседании и приобщённые к протоколу.",
  "protocolDraft.doc.annex.opinion": "{k}. {author} ({side})",
  "protocolDraft.doc.annex.items": "По вопросам повестки дня: {items}",
  "protocolDraft.doc.noSide": "сторона не указана",
} as const;
