import { registerFive } from "../billing/catalogue";

/** Debt follow-up: errors, export columns and case statuses, in en, ro, pl, ru, uk. */
registerFive({
  "debts.case_needs_status": [
    "A new case needs a status.",
    "Un dosar nou are nevoie de o stare.",
    "Nowa sprawa wymaga statusu.",
    "Для нового дела нужен статус.",
    "Для нової справи потрібен статус.",
  ],
  "debts.col.unit": ["Apartment", "Apartament", "Lokal", "Квартира", "Квартира"],
  "debts.col.owners": ["Owners", "Proprietari", "Właściciele", "Собственники", "Власники"],
  "debts.col.d0_30": ["0–30 days", "0–30 zile", "0–30 dni", "0–30 дней", "0–30 днів"],
  "debts.col.d31_60": ["31–60 days", "31–60 zile", "31–60 dni", "31–60 дней", "31–60 днів"],
  "debts.col.d61_90": ["61–90 days", "61–90 zile", "61–90 dni", "61–90 дней", "61–90 днів"],
  "debts.col.d90plus": ["Over 90 days", "Peste 90 zile", "Powyżej 90 dni", "Более 90 дней", "Понад 90 днів"],
  "debts.col.penalty": ["Penalties", "Penalități", "Odsetki", "Пени", "Пеня"],
  "debts.col.total": ["Total overdue", "Total restant", "Razem zaległe", "Всего просрочено", "Усього прострочено"],
  "debts.col.oldest": [
    "Oldest due date",
    "Cea mai veche scadență",
    "Najstarszy termin",
    "Самый ранний срок",
    "Найраніший термін",
  ],
  "debts.col.case": ["Case", "Dosar", "Sprawa", "Дело", "Справа"],
  "debts.status.notice_sent": [
    "Notice sent",
    "Somație trimisă",
    "Wezwanie wysłane",
    "Претензия направлена",
    "Претензію надіслано",
  ],
  "debts.status.payment_plan": ["Payment plan", "Plan de plată", "Plan spłaty", "График погашения", "Графік погашення"],
  "debts.status.court": ["In court", "În instanță", "W sądzie", "В суде", "У суді"],
  "debts.status.enforcement": [
    "Enforcement",
    "Executare silită",
    "Egzekucja",
    "Исполнительное производство",
    "Виконавче провадження",
  ],
  "debts.status.closed": ["Closed", "Închis", "Zamknięta", "Закрыто", "Закрито"],
});
