import { registerFive } from "../kernel/catalogue";

/** The published list asked for before it was stored (reading never stores it), in the five languages. */
registerFive({
  "documents.list_not_stored": [
    "The payment list of {period} is published but not stored yet. Open the month's review to store it.",
    "Lista de plată pentru {period} este publicată, dar nu a fost încă arhivată. Deschideți revizuirea lunii pentru a o arhiva.",
    "Lista naliczeń za {period} jest opublikowana, ale jeszcze niezapisana. Otwórz przegląd miesiąca, aby ją zapisać.",
    "Начисления за {period} опубликованы, но ещё не сохранены. Откройте проверку месяца, чтобы сохранить их.",
    "Нарахування за {period} опубліковані, але ще не збережені. Відкрийте перевірку місяця, щоб зберегти їх.",
  ],
});
