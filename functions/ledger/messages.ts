import { registerFive } from "../kernel/catalogue";

/** How a payment entry is described wherever a ledger is shown (owner pages, statements, receipts). */
registerFive({
  "payment.desc.cash": [
    "Cash payment, receipt no. {receipt}",
    "Plată în numerar, chitanța nr. {receipt}",
    "Wpłata gotówkowa, pokwitowanie nr {receipt}",
    "Оплата наличными, квитанция № {receipt}",
    "Оплата готівкою, квитанція № {receipt}",
  ],
  "payment.desc.transfer": [
    "Bank transfer",
    "Plată prin transfer bancar",
    "Wpłata przelewem",
    "Банковский перевод",
    "Банківський переказ",
  ],
  "payment.desc.statement": [
    "Bank transfer of {date}",
    "Transfer bancar din {date}",
    "Przelew z {date}",
    "Банковский перевод от {date}",
    "Банківський переказ від {date}",
  ],
  "payment.desc.card": ["Card payment", "Plată cu cardul", "Płatność kartą", "Оплата картой", "Оплата карткою"],
  "payment.desc.card_refund": [
    "Card payment refunded",
    "Plată cu cardul rambursată",
    "Zwrot płatności kartą",
    "Возврат оплаты картой",
    "Повернення оплати карткою",
  ],
  "payment.desc.chargeback": [
    "Card payment disputed and taken back by the bank",
    "Plată cu cardul contestată și retrasă de bancă",
    "Płatność kartą zakwestionowana i cofnięta przez bank",
    "Оплата картой оспорена и отозвана банком",
    "Оплату карткою оскаржено й відкликано банком",
  ],
});
