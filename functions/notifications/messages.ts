import { registerFive } from "../kernel/catalogue";

/** The notification service's errors, inbox texts and digest email, in en, ro, pl, ru, uk. */
registerFive({
  "notifications.mandatory": [
    "This notice is required by law and cannot be switched off.",
    "Această notificare este obligatorie prin lege și nu poate fi oprită.",
    "To powiadomienie jest wymagane prawem i nie można go wyłączyć.",
    "Это уведомление обязательно по закону, его нельзя отключить.",
    "Це повідомлення обов'язкове за законом, його не можна вимкнути.",
  ],
  "notifications.channel_unavailable": [
    "This message is not sent this way.",
    "Acest mesaj nu se trimite pe această cale.",
    "Ta wiadomość nie jest wysyłana tą drogą.",
    "Это сообщение так не отправляется.",
    "Це повідомлення так не надсилається.",
  ],
  "notify.billing.month_published": [
    "{association}: the charges of apartment {unit} for {period} are published: {amount} to pay by {due}.",
    "{association}: cheltuielile apartamentului {unit} pentru {period} au fost publicate: {amount} de plată până la {due}.",
    "{association}: opłaty za lokal {unit} za {period} zostały opublikowane: {amount} do zapłaty do {due}.",
    "{association}: начисления по квартире {unit} за {period} опубликованы: {amount} к оплате до {due}.",
    "{association}: нарахування за квартиру {unit} за {period} опубліковано: {amount} до сплати до {due}.",
  ],
  "notify.meters.window_open": [
    "{association}: the meter readings for {period} can be entered until {closesOn}.",
    "{association}: indexurile contoarelor pentru {period} se pot introduce până la {closesOn}.",
    "{association}: odczyty liczników za {period} można podawać do {closesOn}.",
    "{association}: показания счётчиков за {period} можно передать до {closesOn}.",
    "{association}: показники лічильників за {period} можна передати до {closesOn}.",
  ],
  "notify.meters.window_closing": [
    "{association}: some meter readings for {period} are still missing; please enter them by {closesOn}.",
    "{association}: lipsesc încă indexuri pentru {period}; introduceți-le până la {closesOn}.",
    "{association}: brakuje jeszcze odczytów za {period}; prosimy podać je do {closesOn}.",
    "{association}: не хватает показаний за {period}; передайте их до {closesOn}.",
    "{association}: бракує показників за {period}; передайте їх до {closesOn}.",
  ],
  "notify.payments.reminder_before": [
    "{association}: {amount} for {period} of apartment {unit} is due on {due}.",
    "{association}: {amount} pentru {period}, apartamentul {unit}, are scadența la {due}.",
    "{association}: {amount} za {period}, lokal {unit}, płatne do {due}.",
    "{association}: {amount} за {period} по квартире {unit} — оплатить до {due}.",
    "{association}: {amount} за {period} за квартиру {unit} — сплатити до {due}.",
  ],
  "notify.payments.reminder_first": [
    "{association}: the payment for {period} of apartment {unit} ({amount}) was due on {due}.",
    "{association}: plata pentru {period} a apartamentului {unit} ({amount}) era scadentă la {due}.",
    "{association}: opłata za {period} za lokal {unit} ({amount}) była płatna do {due}.",
    "{association}: оплата за {period} по квартире {unit} ({amount}) была нужна до {due}.",
    "{association}: оплата за {period} за квартиру {unit} ({amount}) мала надійти до {due}.",
  ],
  "notify.payments.reminder_second": [
    "{association}: second reminder — apartment {unit} still owes {amount} for {period} (due on {due}).",
    "{association}: a doua reamintire — apartamentul {unit} are încă de plată {amount} pentru {period} (scadent la {due}).",
    "{association}: drugie przypomnienie — lokal {unit} nadal ma do zapłaty {amount} za {period} (termin {due}).",
    "{association}: второе напоминание — по квартире {unit} всё ещё не оплачено {amount} за {period} (срок {due}).",
    "{association}: друге нагадування — за квартиру {unit} досі не сплачено {amount} за {period} (термін {due}).",
  ],
  "notify.payments.formal_notice": [
    "{association}: formal notice to pay {amount} for {period} of apartment {unit} (due on {due}).",
    "{association}: somație de plată pentru {amount}, {period}, apartamentul {unit} (scadent la {due}).",
    "{association}: wezwanie do zapłaty {amount} za {period}, lokal {unit} (termin {due}).",
    "{association}: претензия об оплате {amount} за {period} по квартире {unit} (срок {due}).",
    "{association}: претензія щодо оплати {amount} за {period} за квартиру {unit} (термін {due}).",
  ],
  "notify.digest.subject": [
    "{association}: {count} notifications",
    "{association}: {count} notificări",
    "{association}: powiadomienia ({count})",
    "{association}: уведомления ({count})",
    "{association}: сповіщення ({count})",
  ],
  "notify.digest.intro": [
    "Hello, here is what happened since the last messages we sent you:",
    "Bună ziua, iată ce s-a întâmplat de la ultimele mesaje trimise:",
    "Dzień dobry, oto co wydarzyło się od ostatnich wiadomości:",
    "Здравствуйте! Вот что произошло с момента наших последних писем:",
    "Добрий день! Ось що сталося після наших останніх листів:",
  ],
  "notify.digest.footer": [
    "Choose which messages you get by email on your profile page: {link}",
    "Alegeți ce mesaje primiți pe email din pagina de profil: {link}",
    "Wybierz, które wiadomości dostajesz e-mailem, na stronie profilu: {link}",
    "Выберите, какие сообщения получать по почте, на странице профиля: {link}",
    "Оберіть, які повідомлення отримувати поштою, на сторінці профілю: {link}",
  ],
});
