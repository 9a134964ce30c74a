// Messages of the input rules (app/lib/text-rules.ts): lengths, hidden characters, dates. Part of ru.ts.
export const inputRu = {
  "input.tooLong.name": "Слишком длинно: не больше 200 знаков.",
  "input.tooLong.shortName": "Слишком длинно: не больше 60 знаков.",
  "input.tooLong.title": "Слишком длинно: не больше 500 знаков.",
  "input.tooLong.shortText": "Слишком длинно: не больше 2000 знаков.",
  "input.tooLong.longText": "Слишком длинно: не больше 50 000 знаков.",
  "input.tooLong.url": "Ссылка слишком длинная: не больше 2000 знаков.",
  "input.hiddenCharacters":
    "Уберите невидимые служебные символы (нулевой символ, знаки смены направления текста): они искажают написанное.",
  "input.dateRange": "Укажите дату с 2000 по 2100 год.",
} as const;
