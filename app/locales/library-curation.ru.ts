// Library curation: new editions from the browser, edition status, document details (this session). Part of ru.ts.
export const libraryCurationRu = {
  "libraryCuration.doc.manage": "Ведение документа",
  "libraryCuration.doc.newEdition": "Новая редакция",
  "libraryCuration.doc.editDetails": "Изменить сведения",
  "libraryCuration.doc.editionReference": "№ {n} — {status} ({reference})",
  "libraryCuration.edition.title": "Новая редакция",
  "libraryCuration.edition.lead":
    "Текст новой редакции — из файла DOCX, Markdown или текста, либо вставленный. Принятая редакция становится действующей: прежняя утрачивает силу, и поиск сразу находит новый текст.",
  "libraryCuration.edition.of": "Документ: «{title}»",
  "libraryCuration.edition.status": "Статус новой редакции",
  "libraryCuration.edition.status.draft": "проект",
  "libraryCuration.edition.status.adopted": "принята (станет действующей)",
  "libraryCuration.edition.referenceHint": "Для принятой редакции, например «решение № 3 от 10.03.2026».",
  "libraryCuration.edition.submit": "Добавить редакцию",
  "libraryCuration.status.title": "Статус редакции № {n}",
  "libraryCuration.status.current": "Сейчас: {status}.",
  "libraryCuration.status.adoptLegend": "Принять редакцию № {n}",
  "libraryCuration.status.adopt": "Принять редакцию",
  "libraryCuration.status.supersedeLegend": "Редакция № {n} утрачивает силу",
  "libraryCuration.status.supersededOn": "Утратила силу с",
  "libraryCuration.status.supersede": "Признать утратившей силу",
  "libraryCuration.status.none": "Статус этой редакции больше не меняется.",
  "libraryCuration.status.amendmentsHint":
    "Редакция открыта для поправок: принять её можно, когда приём поправок закрыт и по каждой принято решение.",
  "libraryCuration.status.error.illegal":
    "Так изменить статус редакции № {n} нельзя: принять можно только проект, признать утратившей силу — только действующую редакцию.",
  "libraryCuration.status.error.amendmentsOpen":
    "Редакция открыта для поправок: принять её можно только после того, как приём поправок закрыт и по каждой поправке принято решение.",
  "libraryCuration.status.error.amendmentsUndecided":
    "Не решено поправок к этой редакции: {n}. Примите решения в сравнительной таблице, затем принимайте редакцию.",
  "libraryCuration.status.error.olderThanInForce":
    "Редакция № {n} старше действующей (№ {inForce}): её нельзя принять поверх действующей.",
  "libraryCuration.error.referenceRequired": "Укажите акт о принятии, например «решение № 3 от 10.03.2026».",
  "libraryCuration.error.dateRequired": "Укажите дату.",
  "libraryCuration.details.title": "Сведения о документе",
  "libraryCuration.details.lead":
    "Поиск и фильтры сразу учитывают изменения. Если сузить доступ, читатели, которым документ больше не доступен, перестают его видеть сразу.",
  "libraryCuration.details.submit": "Сохранить сведения",
  "libraryCuration.details.error.noBody": "У документа нет органа: выберите открытый доступ или доступ для партнёров.",
  // The audit log's names of this area's events (admin.audit reads `audit.<action>`).
  "audit.library.edition_status_changed": "Статус редакции документа библиотеки изменён",
  "audit.library.details_changed": "Сведения о документе библиотеки изменены",
} as const;
