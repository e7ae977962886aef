import { registerFive } from "../kernel/catalogue";

/**
 * How the owner's pages and PDFs name lines the ledger stores with structure (penalties grouped
 * per debt and month, payment reversals), in en, ro, pl, ru, uk.
 */
registerFive({
  "owner.penalty.title": [
    "Penalty on \u201c{name}\u201d ({period})",
    "Penalitate pentru \u201e{name}\u201d ({period})",
    "Odsetki od \u201e{name}\u201d ({period})",
    "Пени по \u00ab{name}\u00bb ({period})",
    "Пеня за \u00ab{name}\u00bb ({period})",
  ],
  "owner.penalty.title_unknown": [
    "Late-payment penalty",
    "Penalitate de întârziere",
    "Odsetki za opóźnienie",
    "Пени за просрочку",
    "Пеня за прострочення",
  ],
  // One key per plural category (Intl.PluralRules); a language uses only its own categories.
  "owner.penalty.days_one": ["{n} day", "{n} zi", "{n} dzień", "{n} день", "{n} день"],
  "owner.penalty.days_few": ["{n} days", "{n} zile", "{n} dni", "{n} дня", "{n} дні"],
  "owner.penalty.days_many": ["{n} days", "{n} de zile", "{n} dni", "{n} дней", "{n} днів"],
  "owner.penalty.days_other": ["{n} days", "{n} de zile", "{n} dnia", "{n} дня", "{n} дня"],
  "owner.penalty.run": [
    "{rate} a day on {base}",
    "{rate} pe zi la {base}",
    "{rate} dziennie od {base}",
    "{rate} в день на {base}",
    "{rate} на день на {base}",
  ],
  "owner.penalty.capped": [
    "reduced so that penalties do not exceed the unpaid amount",
    "redusă astfel încât penalitățile să nu depășească suma datorată",
    "obniżone, aby odsetki nie przekroczyły zaległej kwoty",
    "уменьшено, чтобы пени не превысили сумму долга",
    "зменшено, щоб пеня не перевищила суму боргу",
  ],
  "owner.penalties.recent": [
    "Late-payment penalties, {range} ({days})",
    "Penalități de întârziere, {range} ({days})",
    "Odsetki za opóźnienie, {range} ({days})",
    "Пени за просрочку, {range} ({days})",
    "Пеня за прострочення, {range} ({days})",
  ],
  "owner.payment.reversed": [
    "Payment reversed: {reason}",
    "Plată anulată: {reason}",
    "Wpłata wycofana: {reason}",
    "Платёж отменён: {reason}",
    "Платіж скасовано: {reason}",
  ],
});
