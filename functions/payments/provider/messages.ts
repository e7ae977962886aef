import { registerFive } from "../../kernel/catalogue";
import "../../ledger/messages";

/** Card payments' error codes and texts, in en, ro, pl, ru, uk. */
registerFive({
  "payment.webhook_invalid": [
    "The notification's signature is not valid; nothing was recorded.",
    "Semnătura notificării nu este validă; nu s-a înregistrat nimic.",
    "Podpis powiadomienia jest nieprawidłowy; niczego nie zapisano.",
    "Подпись уведомления недействительна; ничего не записано.",
    "Підпис сповіщення недійсний; нічого не записано.",
  ],
  "payment.card_unavailable": [
    "Card payment is not available for this association.",
    "Plata cu cardul nu este disponibilă pentru această asociație.",
    "Płatność kartą nie jest dostępna w tej wspólnocie.",
    "Оплата картой недоступна для этого товарищества.",
    "Оплата карткою недоступна для цього об'єднання.",
  ],
  "payment.card_amount_too_large": [
    "This amount is too large for one card payment.",
    "Suma este prea mare pentru o singură plată cu cardul.",
    "Ta kwota jest zbyt duża na jedną płatność kartą.",
    "Сумма слишком велика для одного платежа картой.",
    "Сума завелика для одного платежу карткою.",
  ],
  "payment.quote_changed": [
    "The fee has changed since you saw it. Please check the new total.",
    "Comisionul s-a schimbat între timp. Verificați noul total.",
    "Opłata zmieniła się w międzyczasie. Sprawdź nową sumę.",
    "Комиссия изменилась. Проверьте новую сумму.",
    "Комісія змінилася. Перевірте нову суму.",
  ],
  "payment.fee_percent_invalid": [
    "The fee percentage must be between 0 and 10, with at most 4 decimals.",
    "Procentul comisionului trebuie să fie între 0 și 10, cu cel mult 4 zecimale.",
    "Procent opłaty musi wynosić od 0 do 10, z najwyżej 4 miejscami po przecinku.",
    "Процент комиссии должен быть от 0 до 10, не более 4 знаков после запятой.",
    "Відсоток комісії має бути від 0 до 10, не більше 4 знаків після коми.",
  ],
  "payment.fee_fixed_invalid": [
    "The fixed fee must be between 0 and 100.",
    "Comisionul fix trebuie să fie între 0 și 100.",
    "Stała opłata musi wynosić od 0 do 100.",
    "Фиксированная комиссия должна быть от 0 до 100.",
    "Фіксована комісія має бути від 0 до 100.",
  ],
  "payment.account_required": [
    "Enter the association's own connected account (acct_…) before turning card payments on.",
    "Introduceți contul conectat al asociației (acct_…) înainte de a activa plata cu cardul.",
    "Podaj własne połączone konto wspólnoty (acct_…) przed włączeniem płatności kartą.",
    "Укажите собственный подключённый счёт товарищества (acct_…), прежде чем включать оплату картой.",
    "Вкажіть власний підключений рахунок об'єднання (acct_…), перш ніж вмикати оплату карткою.",
  ],
  "payment.currency_invalid": [
    "This currency is not supported for card payments.",
    "Această monedă nu este acceptată pentru plata cu cardul.",
    "Ta waluta nie jest obsługiwana w płatnościach kartą.",
    "Эта валюта не поддерживается для оплаты картой.",
    "Ця валюта не підтримується для оплати карткою.",
  ],
  "payment.card.amountLabel": [
    "Apartment {unit}, payment reference {reference}",
    "Apartamentul {unit}, referința de plată {reference}",
    "Lokal {unit}, tytuł płatności {reference}",
    "Квартира {unit}, назначение платежа {reference}",
    "Квартира {unit}, призначення платежу {reference}",
  ],
  "payment.card.feeLabel": [
    "Card processing fee",
    "Comision de procesare card",
    "Opłata za obsługę karty",
    "Комиссия за обработку карты",
    "Комісія за обробку картки",
  ],
});
