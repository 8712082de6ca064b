// GSM 03.38 / 3GPP TS 23.038 default alphabet. Kept as plain strings so the tables are easy to audit.

/** Basic table: each character costs one septet. */
export const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** Extension table: ESC + code, so each costs two septets (form feed included). */
export const GSM_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

/** Septets a code point costs in GSM-7, or 0 when it is not representable at all. */
export function gsmCost(char: string): 0 | 1 | 2 {
  if (basic.has(char)) return 1;
  if (extension.has(char)) return 2;
  return 0;
}
