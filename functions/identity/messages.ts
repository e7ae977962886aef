import { registerMessages } from "../platform/i18n";

/** Identity's own error codes, in the five languages. */
registerMessages({
  en: {
    "identity.email_taken": "This email address is already in use.",
    "identity.password_common": "This password is too common. Choose a longer phrase only you would use.",
  },
  ro: {
    "identity.email_taken": "Această adresă de e-mail este deja folosită.",
    "identity.password_common":
      "Parola este prea des întâlnită. Alegeți o frază mai lungă, pe care doar dumneavoastră o folosiți.",
  },
  pl: {
    "identity.email_taken": "Ten adres e-mail jest już używany.",
    "identity.password_common": "To hasło jest zbyt popularne. Wybierz dłuższe zdanie, którego używasz tylko Ty.",
  },
  ru: {
    "identity.email_taken": "Этот адрес электронной почты уже используется.",
    "identity.password_common":
      "Этот пароль слишком распространён. Выберите более длинную фразу, известную только вам.",
  },
  uk: {
    "identity.email_taken": "Ця адреса електронної пошти вже використовується.",
    "identity.password_common": "Цей пароль надто поширений. Оберіть довшу фразу, відому лише вам.",
  },
});
