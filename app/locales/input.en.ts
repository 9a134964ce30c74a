import type { inputRu } from "./input.ru";

export const inputEn: { readonly [K in keyof typeof inputRu]: string } = {
  "input.tooLong.name": "Too long: 200 characters at most.",
  "input.tooLong.shortName": "Too long: 60 characters at most.",
  "input.tooLong.title": "Too long: 500 characters at most.",
  "input.tooLong.shortText": "Too long: 2,000 characters at most.",
  "input.tooLong.longText": "Too long: 50,000 characters at most.",
  "input.tooLong.url": "The link is too long: 2,000 characters at most.",
  "input.hiddenCharacters":
    "Remove the invisible control characters (a null character, text direction marks): they distort what is written.",
  "input.dateRange": "Enter a date between the years 2000 and 2100.",
};
