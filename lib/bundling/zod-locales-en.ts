// The only zod locale a Lambda bundle carries (see zod-english-only.ts).
export { default as en } from "zod/v4/locales/en.js";
