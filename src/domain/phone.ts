/**
 * Normalisation of Indonesian phone numbers to E.164 (+62…). People write the same number as
 * 0812-3456-7890, 62 812 3456 7890, +62 (812) 3456-7890 or 0812.3456.7890.
 */

/** The number in E.164 form, or null when `raw` is not an Indonesian phone number. */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.normalize('NFKC').trim();
  if (!/^[+\d\s().-]+$/.test(trimmed)) {
    return null;
  }
  const digits = trimmed.replace(/\D/g, '');

  let national: string;
  if (digits.startsWith('62')) {
    national = digits.slice(2);
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else {
    return null;
  }
  national = national.replace(/^0+/, '');

  // Mobile numbers start with 8 and have 9 to 12 digits after the country code; landlines
  // have an area code of 2 to 3 digits and 5 to 8 more digits.
  if (!/^[1-9]\d{7,11}$/.test(national)) {
    return null;
  }
  return `+62${national}`;
}

/** A WhatsApp link for an E.164 number: https://wa.me/628… */
export function whatsAppLink(phoneE164: string): string {
  return `https://wa.me/${phoneE164.replace(/^\+/, '')}`;
}
