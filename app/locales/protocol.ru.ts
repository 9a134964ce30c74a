// The protocol of a meeting: shared words (errors, titles). Part of ru.ts.
export const protocolRu = {
  "protocol.error.finalised": "Протокол окончательно оформлен: изменения в нём больше невозможны.",
  "protocol.title": "Протокол заседания",
} as const;
