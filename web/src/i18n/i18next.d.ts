import type en from "./en.json";

// English is the reference: every key used in code must exist in it (other files are checked by a test).
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}
