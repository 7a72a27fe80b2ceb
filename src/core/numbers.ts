/**
 * Numbers as Vietnamese documents write them: decimal comma ("8,97"), thousands dot ("1.200"),
 * zero-padded counts ("01"). A dot followed by exactly three digits is a thousands separator.
 */

const NUMBER = /\d+(?:[.,]\d+)*/g;

export function parseViNumber(s: string): number | null {
  const t = s.trim().replace(/\s+/g, '');
  if (!/^[-+]?\d+(?:[.,]\d+)*$/.test(t)) return null;
  const sign = t.startsWith('-') ? -1 : 1;
  const body = t.replace(/^[-+]/, '');
  const commas = (body.match(/,/g) ?? []).length;
  const dots = (body.match(/\./g) ?? []).length;
  let normal: string;
  if (commas && dots) normal = body.lastIndexOf(',') > body.lastIndexOf('.') ? body.replace(/\./g, '').replace(',', '.') : body.replace(/,/g, '');
  else if (commas === 1) normal = body.replace(',', '.');
  else if (commas > 1) normal = body.replace(/,/g, '');
  else if (dots === 1 && /\.\d{3}$/.test(body) && !/^0\./.test(body)) normal = body.replace('.', '');
  else if (dots > 1) normal = body.replace(/\./g, '');
  else normal = body;
  const n = Number(normal);
  return Number.isFinite(n) ? sign * n : null;
}

export function extractViNumbers(s: string): number[] {
  return (s.match(NUMBER) ?? []).map(parseViNumber).filter((n): n is number => n !== null);
}
