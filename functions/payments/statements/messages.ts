import { registerFive } from "../../kernel/catalogue";

/** Bank statement refusals that name where in the file the problem is, in en, ro, pl, ru, uk. */
registerFive({
  "statement.foreign_account": [
    "This statement is for account {account} ({where}, line {line}), which is not one of the association's bank accounts. Nothing was imported.",
    "Extrasul este pentru contul {account} ({where}, linia {line}), care nu este un cont al asociației. Nu s-a importat nimic.",
    "Ten wyciąg dotyczy rachunku {account} ({where}, linia {line}), który nie jest rachunkiem wspólnoty. Niczego nie zaimportowano.",
    "Эта выписка по счёту {account} ({where}, строка {line}), который не принадлежит товариществу. Ничего не импортировано.",
    "Ця виписка за рахунком {account} ({where}, рядок {line}), який не належить об'єднанню. Нічого не імпортовано.",
  ],
});
