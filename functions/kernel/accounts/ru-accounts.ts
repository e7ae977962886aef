/**
 * Control key of Russian bank accounts (Bank of Russia rules): the 23 digits "BIC tail +
 * account", weighted 7,1,3,…, must give a sum of last digits divisible by 10. A settlement
 * account is checked with the last three BIC digits, a correspondent account with "0" and BIC
 * digits 5–6. Catches most typos in the twenty-digit numbers owners would otherwise pay into.
 */
function controlSumOk(digits: string): boolean {
  const weights = [7, 1, 3];
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (Number(digits[i]) * (weights[i % 3] ?? 0)) % 10;
  return sum % 10 === 0;
}

/** Whether a settlement account (р/с, 20 digits) matches the bank's BIC (9 digits). */
export function isValidRuAccount(bic: string, account: string): boolean {
  return /^\d{9}$/.test(bic) && /^\d{20}$/.test(account) && controlSumOk(bic.slice(6) + account);
}

/** Whether a correspondent account (к/с, 20 digits) matches the bank's BIC (9 digits). */
export function isValidRuCorrespAccount(bic: string, account: string): boolean {
  return /^\d{9}$/.test(bic) && /^\d{20}$/.test(account) && controlSumOk(`0${bic.slice(4, 6)}${account}`);
}
