// Finalising and signing protocols (issue 10). Part of en.ts.
import type { signingRu } from "./signing.ru";

export const signingEn: Record<keyof typeof signingRu, string> = {};
