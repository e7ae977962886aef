import { registerMessages } from "../platform/i18n";

/** Identity's emails and activation letters, in the five languages. `{link}` etc. are filled in. */
registerMessages({
  en: {
    "mail.invite.subject": "Invitation to {association} on Domus",
    "mail.invite.text":
      "You have been invited to {association} on Domus, your association's portal.\n\nOpen this link to choose your password:\n{link}\n\nThe link works once and for {days} days. If you did not expect this email, ignore it.",
    "mail.reset.subject": "Reset your Domus password",
    "mail.reset.text":
      "Someone asked to reset the password of your Domus account.\n\nOpen this link to choose a new password:\n{link}\n\nThe link works once and for {minutes} minutes. If it was not you, ignore this email: your password stays as it is.",
    "mail.email_change.subject": "Confirm your new email address for Domus",
    "mail.email_change.text":
      "Open this link to use this address for your Domus account:\n{link}\n\nThe link works once and for 24 hours. If you did not ask for this, ignore this email.",
    "letter.title": "Your access to the association's portal",
    "letter.unit": "Unit {unit}",
    "letter.intro":
      "Your association uses Domus: see your account, charges and payments, send meter readings and messages online. To create your login:",
    "letter.step1": "Open {portal}",
    "letter.step2": "Enter the activation code below.",
    "letter.step3": "Enter your email address and choose your own password (at least 12 characters).",
    "letter.step4": "From then on, sign in with your email and password.",
    "letter.code": "Activation code (works once):",
    "letter.valid": "Valid until {date}.",
    "letter.never_password":
      "Domus never prints or sends passwords. Keep this letter private until you have used the code.",
  },
  ro: {
    "mail.invite.subject": "Invitație în {association} pe Domus",
    "mail.invite.text":
      "Ați fost invitat(ă) în {association} pe Domus, portalul asociației dumneavoastră.\n\nDeschideți acest link pentru a vă alege parola:\n{link}\n\nLinkul funcționează o singură dată, timp de {days} zile. Dacă nu vă așteptați la acest e-mail, ignorați-l.",
    "mail.reset.subject": "Resetarea parolei Domus",
    "mail.reset.text":
      "Cineva a cerut resetarea parolei contului dumneavoastră Domus.\n\nDeschideți acest link pentru a alege o parolă nouă:\n{link}\n\nLinkul funcționează o singură dată, timp de {minutes} de minute. Dacă nu ați fost dumneavoastră, ignorați acest e-mail: parola rămâne neschimbată.",
    "mail.email_change.subject": "Confirmați noua adresă de e-mail pentru Domus",
    "mail.email_change.text":
      "Deschideți acest link pentru a folosi această adresă pentru contul Domus:\n{link}\n\nLinkul funcționează o singură dată, timp de 24 de ore. Dacă nu ați cerut acest lucru, ignorați e-mailul.",
    "letter.title": "Accesul dumneavoastră la portalul asociației",
    "letter.unit": "Apartamentul {unit}",
    "letter.intro":
      "Asociația dumneavoastră folosește Domus: vedeți online contul, cheltuielile și plățile, trimiteți indexurile contoarelor și mesaje. Pentru a vă crea contul:",
    "letter.step1": "Deschideți {portal}",
    "letter.step2": "Introduceți codul de activare de mai jos.",
    "letter.step3": "Introduceți adresa de e-mail și alegeți-vă propria parolă (cel puțin 12 caractere).",
    "letter.step4": "De acum înainte, autentificați-vă cu e-mailul și parola.",
    "letter.code": "Cod de activare (se folosește o singură dată):",
    "letter.valid": "Valabil până la {date}.",
    "letter.never_password":
      "Domus nu tipărește și nu trimite niciodată parole. Păstrați această scrisoare confidențială până folosiți codul.",
  },
  pl: {
    "mail.invite.subject": "Zaproszenie do {association} w Domus",
    "mail.invite.text":
      "Zaproszono Cię do {association} w Domus, portalu Twojej wspólnoty.\n\nOtwórz ten link, aby ustawić hasło:\n{link}\n\nLink działa jeden raz przez {days} dni. Jeśli nie spodziewasz się tej wiadomości, zignoruj ją.",
    "mail.reset.subject": "Reset hasła do Domus",
    "mail.reset.text":
      "Ktoś poprosił o zresetowanie hasła do Twojego konta Domus.\n\nOtwórz ten link, aby ustawić nowe hasło:\n{link}\n\nLink działa jeden raz przez {minutes} minut. Jeśli to nie Ty, zignoruj tę wiadomość: hasło pozostanie bez zmian.",
    "mail.email_change.subject": "Potwierdź nowy adres e-mail w Domus",
    "mail.email_change.text":
      "Otwórz ten link, aby używać tego adresu w koncie Domus:\n{link}\n\nLink działa jeden raz przez 24 godziny. Jeśli o to nie prosiłeś, zignoruj tę wiadomość.",
    "letter.title": "Twój dostęp do portalu wspólnoty",
    "letter.unit": "Lokal {unit}",
    "letter.intro":
      "Twoja wspólnota korzysta z Domus: sprawdzaj online kartotekę, naliczenia i wpłaty, podawaj odczyty liczników i wysyłaj wiadomości. Aby założyć konto:",
    "letter.step1": "Otwórz {portal}",
    "letter.step2": "Wpisz poniższy kod aktywacyjny.",
    "letter.step3": "Podaj adres e-mail i wybierz własne hasło (co najmniej 12 znaków).",
    "letter.step4": "Od tej pory loguj się adresem e-mail i hasłem.",
    "letter.code": "Kod aktywacyjny (jednorazowy):",
    "letter.valid": "Ważny do {date}.",
    "letter.never_password":
      "Domus nigdy nie drukuje ani nie wysyła haseł. Nie pokazuj nikomu tego listu, dopóki nie użyjesz kodu.",
  },
  ru: {
    "mail.invite.subject": "Приглашение в {association} в Domus",
    "mail.invite.text":
      "Вас пригласили в {association} в Domus — портал вашего товарищества.\n\nОткройте ссылку, чтобы задать пароль:\n{link}\n\nСсылка действует один раз в течение {days} дней. Если вы не ждали этого письма, просто проигнорируйте его.",
    "mail.reset.subject": "Сброс пароля Domus",
    "mail.reset.text":
      "Кто-то запросил сброс пароля вашей учётной записи Domus.\n\nОткройте ссылку, чтобы задать новый пароль:\n{link}\n\nСсылка действует один раз в течение {minutes} минут. Если это были не вы, проигнорируйте письмо: пароль останется прежним.",
    "mail.email_change.subject": "Подтвердите новый адрес электронной почты для Domus",
    "mail.email_change.text":
      "Откройте ссылку, чтобы использовать этот адрес для учётной записи Domus:\n{link}\n\nСсылка действует один раз в течение 24 часов. Если вы этого не запрашивали, проигнорируйте письмо.",
    "letter.title": "Ваш доступ к порталу товарищества",
    "letter.unit": "Помещение {unit}",
    "letter.intro":
      "Ваше товарищество пользуется Domus: лицевой счёт, начисления и платежи онлайн, передача показаний счётчиков и сообщения. Чтобы создать вход:",
    "letter.step1": "Откройте {portal}",
    "letter.step2": "Введите код активации ниже.",
    "letter.step3": "Укажите адрес электронной почты и придумайте свой пароль (не короче 12 символов).",
    "letter.step4": "Дальше входите по адресу почты и паролю.",
    "letter.code": "Код активации (одноразовый):",
    "letter.valid": "Действителен до {date}.",
    "letter.never_password":
      "Domus никогда не печатает и не отправляет пароли. Храните это письмо в тайне, пока не используете код.",
  },
  uk: {
    "mail.invite.subject": "Запрошення до {association} у Domus",
    "mail.invite.text":
      "Вас запросили до {association} у Domus — порталі вашого об'єднання.\n\nВідкрийте посилання, щоб задати пароль:\n{link}\n\nПосилання діє один раз протягом {days} днів. Якщо ви не чекали цього листа, просто проігноруйте його.",
    "mail.reset.subject": "Скидання пароля Domus",
    "mail.reset.text":
      "Хтось попросив скинути пароль вашого облікового запису Domus.\n\nВідкрийте посилання, щоб задати новий пароль:\n{link}\n\nПосилання діє один раз протягом {minutes} хвилин. Якщо це були не ви, проігноруйте лист: пароль залишиться тим самим.",
    "mail.email_change.subject": "Підтвердьте нову адресу електронної пошти для Domus",
    "mail.email_change.text":
      "Відкрийте посилання, щоб використовувати цю адресу для облікового запису Domus:\n{link}\n\nПосилання діє один раз протягом 24 годин. Якщо ви цього не просили, проігноруйте лист.",
    "letter.title": "Ваш доступ до порталу об'єднання",
    "letter.unit": "Приміщення {unit}",
    "letter.intro":
      "Ваше об'єднання користується Domus: особовий рахунок, нарахування й платежі онлайн, передавання показників лічильників і повідомлення. Щоб створити вхід:",
    "letter.step1": "Відкрийте {portal}",
    "letter.step2": "Введіть код активації нижче.",
    "letter.step3": "Вкажіть адресу електронної пошти й придумайте власний пароль (щонайменше 12 символів).",
    "letter.step4": "Надалі входьте за адресою пошти й паролем.",
    "letter.code": "Код активації (одноразовий):",
    "letter.valid": "Дійсний до {date}.",
    "letter.never_password":
      "Domus ніколи не друкує й не надсилає паролів. Зберігайте цей лист у таємниці, доки не використаєте код.",
  },
});
