import { registerFive } from "./catalogue";

/** What every screen, PDF and email calls the currencies, in en, ro, pl, ru, uk. */
registerFive({
  "currency.RON": ["lei", "lei", "lei", "лей", "лей"],
  "currency.PLN": ["zł", "zł", "zł", "зл", "зл"],
  "currency.EUR": ["€", "€", "€", "€", "€"],
  "currency.RUB": ["₽", "₽", "₽", "₽", "₽"],
  "currency.UAH": ["UAH", "grivne", "hrn", "грн", "грн"],
});
