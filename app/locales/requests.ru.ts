// Strings for requests refused before any form rule sees them (size, format, characters). Part of ru.ts.
export const requestsRu = {
  "request.refused.title": "Запрос не принят",
  "request.tooLarge": "Слишком большой запрос: форма или файл превышают допустимый размер.",
  "request.unsupportedType": "Неподдерживаемый формат формы. Отправьте её со страницы платформы.",
  "request.malformed": "Форма повреждена и не может быть прочитана. Обновите страницу и отправьте её ещё раз.",
  "request.invalidCharacters": "В форме есть недопустимые символы (например, нулевой байт).",
} as const;
