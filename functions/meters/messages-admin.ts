import { registerFive } from "../kernel/catalogue";

/** Messages about photos of the dial and the meter registry, in en, ro, pl, ru, uk. */
registerFive({
  "meters.photo_type": [
    "Send the photo as JPEG, PNG, WebP or HEIC.",
    "Trimiteți fotografia ca JPEG, PNG, WebP sau HEIC.",
    "Wyślij zdjęcie jako JPEG, PNG, WebP lub HEIC.",
    "Отправьте фото в формате JPEG, PNG, WebP или HEIC.",
    "Надішліть фото у форматі JPEG, PNG, WebP або HEIC.",
  ],
  "meters.photo_too_large": [
    "The photo is too large: at most {max}.",
    "Fotografia este prea mare: cel mult {max}.",
    "Zdjęcie jest za duże: najwyżej {max}.",
    "Фото слишком большое: не больше {max}.",
    "Фото завелике: не більше {max}.",
  ],
  "meters.fixed_after_create": [
    "This cannot change once the meter exists: replace the meter instead.",
    "Acest câmp nu se mai poate schimba după crearea contorului: înlocuiți contorul.",
    "Tego nie można zmienić po utworzeniu licznika: wymień licznik.",
    "Это нельзя изменить после создания счётчика: замените счётчик.",
    "Це не можна змінити після створення лічильника: замініть лічильник.",
  ],
});
