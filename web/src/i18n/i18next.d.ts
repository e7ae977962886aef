import type billing from "./billing/en.json";
import type en from "./en.json";
import type identity from "./identity/en.json";
import type meters from "./meters/en.json";
import type notifications from "./notifications/en.json";
import type payments from "./payments/en.json";

// English is the reference: every key used in code must exist in it (other files are checked by a test).
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: typeof en;
      identity: typeof identity;
      billing: typeof billing;
      meters: typeof meters;
      payments: typeof payments;
      notifications: typeof notifications;
    };
  }
}
