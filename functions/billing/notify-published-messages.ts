import { registerFive } from "../kernel/catalogue";

/** The "new monthly charges" email, in en, ro, pl, ru, uk. */
registerFive({
  "billing.mail.published.subject": [
    "{association}: charges for {period}, apartment {unit}",
    "{association}: cheltuielile pentru {period}, apartamentul {unit}",
    "{association}: opłaty za {period}, lokal {unit}",
    "{association}: начисления за {period}, квартира {unit}",
    "{association}: нарахування за {period}, квартира {unit}",
  ],
  "billing.mail.published.text": [
    "Hello,\n\nthe charges of apartment {unit} for {period} are published.\n\nAmount to pay: {amount}, by {due}.\n\nSee every charge explained: {link}",
    "Bună ziua,\n\ncheltuielile apartamentului {unit} pentru {period} au fost publicate.\n\nSuma de plată: {amount}, până la {due}.\n\nVedeți fiecare cheltuială explicată: {link}",
    "Dzień dobry,\n\nopłaty za lokal {unit} za {period} zostały opublikowane.\n\nKwota do zapłaty: {amount}, do {due}.\n\nKażda pozycja z wyjaśnieniem: {link}",
    "Здравствуйте!\n\nНачисления по квартире {unit} за {period} опубликованы.\n\nК оплате: {amount}, до {due}.\n\nКаждое начисление с пояснением: {link}",
    "Добрий день!\n\nНарахування за квартиру {unit} за {period} опубліковано.\n\nДо сплати: {amount}, до {due}.\n\nКожне нарахування з поясненням: {link}",
  ],
});
