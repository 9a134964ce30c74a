import type { requestsRu } from "./requests.ru";

export const requestsEn: { readonly [K in keyof typeof requestsRu]: string } = {
  "request.refused.title": "Request not accepted",
  "request.tooLarge": "Request too large: the form or file exceeds the permitted size.",
  "request.unsupportedType": "Unsupported form format. Please send it from a page of the platform.",
  "request.malformed": "The form is damaged and cannot be read. Reload the page and send it again.",
  "request.invalidCharacters": "The form contains characters that are not allowed (a null byte, for example).",
};
