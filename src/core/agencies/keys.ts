/**
 * The matching key for agency names: loose key (no diacritics, case, dashes, "&"), without the
 * word "và" so that "Tài nguyên & Môi trường" = "Tài nguyên và Môi trường", and with the common
 * abbreviations spelled out so that "Sở LĐ-TB&XH" meets "Sở Lao động - Thương binh và Xã hội".
 */
import { looseKey } from '../text/normalize';

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubmttqvn\b|\bubmttq\b/g, 'uy ban mat tran to quoc'],
  [/\bmttqvn\b|\bmttq\b/g, 'mat tran to quoc'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bvp\b/g, 'van phong'],
  [/\btp\b/g, 'thanh pho'],
  [/\bub\b/g, 'uy ban'],
];

export function agencyKey(text: string): string {
  let k = ` ${looseKey(text)} `;
  for (const [re, full] of ABBREVIATIONS) k = k.replace(re, full);
  return k.replace(/\s+va\s+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function tokens(key: string): string[] {
  return key ? key.split(' ') : [];
}
