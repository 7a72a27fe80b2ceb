import fc from 'fast-check';
import { clean, looseKey, toneKey } from '../../../src/core/text/normalize';

/** clean() without its fast path: the definition the fast path must agree with. */
function slowClean(s: string): string {
  return s.normalize('NFC').replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' ').trim();
}

describe('clean', () => {
  it('composes NFD text and folds every kind of white space', () => {
    expect(clean('Cơ quan chu\u0309 tri\u0300')).toBe('Cơ quan chủ trì');
    expect(clean('  Sở\u00a0Nội   vụ\n')).toBe('Sở Nội vụ');
    expect(clean('Thời\u2003gian\u200b thực hiện\u00ad')).toBe('Thời gian thực hiện');
    expect(clean('Quý\tIII/2023')).toBe('Quý III/2023');
  });

  it('keeps tidy NFC text as it is', () => {
    for (const s of ['Đơn vị chủ trì', '≥ 8,97', 'Quý III/2023 – Quý IV/2023', '“Hoàn thành”', 'Thường xuyên…']) expect(clean(s)).toBe(s);
  });

  it('agrees with the plain definition on any text', () => {
    const pieces = fc.constantFrom('a', 'Đ', 'ư', 'ơ', 'ệ', 'e\u0323\u0302', 'o\u0300a', ' ', '  ', '\u00a0', '\u200b', '\u00ad', '\n', '\t', '–', '≥', 'Ω', '\u2126', '\u3000', '한', '1');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(clean(s)).toBe(slowClean(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('keys', () => {
  it('looseKey ignores case, diacritics, footnotes and punctuation', () => {
    expect(looseKey('CƠ QUAN CHỦ TRÌ[1]')).toBe('co quan chu tri');
    expect(looseKey('Sở TN&MT')).toBe('so tn mt');
  });

  it('toneKey folds old and new tone placement', () => {
    expect(toneKey('Uỷ ban  nhân dân')).toBe(toneKey('ủy ban nhân dân'));
    expect(toneKey('Hoà Bình')).toBe(toneKey('hòa bình'));
  });
});
