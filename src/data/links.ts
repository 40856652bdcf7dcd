/**
 * The link allow-list. Content may only link out by these schemes, checked when
 * content is validated and again before an element renders a link, so a tampered
 * data file cannot smuggle in `javascript:` or `data:`.
 */
export const allowedSchemes = ['https:', 'tel:', 'sms:', 'mailto:'] as const;

export function isAllowedHref(value: string): boolean {
  // Control characters and whitespace inside a scheme are how filters get fooled.
  if (/[\u0000-\u001f\u007f\s]/.test(value.slice(0, value.indexOf(':') + 1))) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!(allowedSchemes as readonly string[]).includes(url.protocol)) return false;
  // An https link must name a host; tel/sms/mailto must say something after the scheme.
  return url.protocol === 'https:' ? url.hostname.length > 0 : url.href.length > url.protocol.length;
}

/** A tel: or sms: link must dial something: digits, with an optional +, spaces, dashes or brackets. */
export function holdsPhoneNumber(value: string): boolean {
  const match = /^(tel|sms):([^?]*)/i.exec(value);
  if (!match) return true;
  const number = decodeURIComponent(match[2]!);
  return /^\+?[\d\s().-]+$/.test(number) && (number.match(/\d/g) ?? []).length >= 3;
}

/** "Something wrong or out of date?" goes to the maintaining organisation's website or email only. */
export function isFeedbackHref(value: string): boolean {
  return isAllowedHref(value) && /^(https|mailto):/i.test(value);
}
