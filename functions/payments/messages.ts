import { registerFive } from "../kernel/catalogue";
import "../ledger/messages";

/** Payments' error codes, ledger texts and reminder emails, in en, ro, pl, ru, uk. */
registerFive({
  "payment.amount_not_positive": [
    "The amount must be more than zero.",
    "Suma trebuie să fie mai mare decât zero.",
    "Kwota musi być większa od zera.",
    "Сумма должна быть больше нуля.",
    "Сума має бути більшою за нуль.",
  ],
  "payment.idempotency_conflict": [
    "This payment was already recorded with other details.",
    "Această plată a fost deja înregistrată cu alte date.",
    "Ta wpłata została już zapisana z innymi danymi.",
    "Этот платёж уже записан с другими данными.",
    "Цей платіж уже записано з іншими даними.",
  ],
  "payment.negative_amount": [
    "The amount cannot be negative.",
    "Suma nu poate fi negativă.",
    "Kwota nie może być ujemna.",
    "Сумма не может быть отрицательной.",
    "Сума не може бути від'ємною.",
  ],
  "statement.malformed": [
    "The statement file is not valid at line {line}: {reason}",
    "Extrasul nu este valid la linia {line}: {reason}",
    "Plik wyciągu jest błędny w linii {line}: {reason}",
    "Файл выписки некорректен в строке {line}: {reason}",
    "Файл виписки некоректний у рядку {line}: {reason}",
  ],
  "statement.wrong_currency": [
    "Line {line} is in {currency}; the association keeps its accounts in {expected}.",
    "Linia {line} este în {currency}; asociația ține conturile în {expected}.",
    "Linia {line} jest w {currency}; wspólnota prowadzi rozliczenia w {expected}.",
    "Строка {line} в валюте {currency}; товарищество ведёт учёт в {expected}.",
    "Рядок {line} у валюті {currency}; об'єднання веде облік у {expected}.",
  ],
  "statement.bad_amount": [
    "Line {line}: the amount {amount} is not valid for {currency}.",
    "Linia {line}: suma {amount} nu este validă pentru {currency}.",
    "Linia {line}: kwota {amount} jest niepoprawna dla {currency}.",
    "Строка {line}: сумма {amount} некорректна для {currency}.",
    "Рядок {line}: сума {amount} некоректна для {currency}.",
  ],
  "statement.empty": [
    "The statement has no transactions.",
    "Extrasul nu conține tranzacții.",
    "Wyciąg nie zawiera transakcji.",
    "В выписке нет операций.",
    "У виписці немає операцій.",
  ],
  "statement.no_mapping": [
    "Save a column mapping for this bank before importing CSV.",
    "Salvați maparea coloanelor pentru această bancă înainte de import CSV.",
    "Zapisz mapowanie kolumn dla tego banku przed importem CSV.",
    "Сохраните сопоставление колонок для этого банка перед импортом CSV.",
    "Збережіть зіставлення колонок для цього банку перед імпортом CSV.",
  ],
  "statement.line_not_open": [
    "This transfer is already assigned.",
    "Acest transfer este deja alocat.",
    "Ten przelew jest już przypisany.",
    "Этот перевод уже разнесён.",
    "Цей переказ уже рознесено.",
  ],
  "statement.not_a_credit": [
    "Only incoming transfers can be assigned to an owner.",
    "Doar încasările pot fi alocate unui proprietar.",
    "Tylko wpływy można przypisać do właściciela.",
    "Разнести на собственника можно только поступления.",
    "Рознести на власника можна лише надходження.",
  ],
  "penalty.line": [
    "Penalty for {day}: {rate} per day on {base} unpaid of \u201c{name}\u201d, day {n} after the due date {due}",
    "Penalitate pentru {day}: {rate} pe zi la {base} neplătit din \u201e{name}\u201d, ziua {n} după scadența {due}",
    "Odsetki za {day}: {rate} dziennie od {base} niezapłaconej kwoty \u201e{name}\u201d, dzień {n} po terminie {due}",
    "Пени за {day}: {rate} в день на {base} неоплаченной суммы \u00ab{name}\u00bb, день {n} после срока {due}",
    "Пеня за {day}: {rate} на день на {base} неоплаченої суми \u00ab{name}\u00bb, день {n} після терміну {due}",
  ],
  "penalty.rate_above_legal_max": [
    "The daily rate {dailyRate} is above the legal maximum of {max}.",
    "Rata zilnică {dailyRate} depășește maximul legal de {max}.",
    "Stawka dzienna {dailyRate} przekracza ustawowe maksimum {max}.",
    "Дневная ставка {dailyRate} выше законного максимума {max}.",
    "Денна ставка {dailyRate} перевищує законний максимум {max}.",
  ],
  "penalty.decision_required": [
    "In this country penalties need a recorded general-assembly decision.",
    "Penalitățile se aplică doar cu hotărârea adunării generale înregistrată.",
    "Odsetki wymagają zapisanej uchwały zebrania.",
    "Пени требуют записанного решения общего собрания.",
    "Пеня потребує записаного рішення загальних зборів.",
  ],
  "payment.card_returned": [
    "Money of this card payment was refunded or taken back; it cannot be reversed by hand as well.",
    "Banii acestei plăți cu cardul au fost rambursați sau retrași; plata nu mai poate fi anulată manual.",
    "Środki z tej płatności kartą zostały zwrócone lub cofnięte; nie można jej już wycofać ręcznie.",
    "Деньги по этой оплате картой возвращены или отозваны; отменить её вручную уже нельзя.",
    "Гроші за цією оплатою карткою повернено або відкликано; скасувати її вручну вже не можна.",
  ],
});
