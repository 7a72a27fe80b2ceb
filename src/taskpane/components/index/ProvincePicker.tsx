/**
 * Province search: with or without diacritics, old (63) or new (34, from 1 July 2025) provinces.
 * A new province stands for its predecessors, whose own results the tables show side by side.
 */
import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Geo, Province } from '../../../core/indices/model';
import { pick } from '../../../core/indices/model';
import { provinceByCode, provinceKey, type ProvinceSelection } from '../../../core/indices/provinces';
import { useApp } from '../../app-context';

const MAX_OPTIONS = 40;

export function selectionOf(geo: Geo, p: Province): ProvinceSelection {
  if (p.era === 'to2025') return { province: p, members: [p] };
  const members = (p.predecessors ?? []).map((c) => provinceByCode(geo, c)).filter((m): m is Province => !!m);
  return { province: p, members };
}

export function ProvincePicker({ geo, value, onChange }: { geo: Geo; value: ProvinceSelection | null; onChange: (s: ProvinceSelection | null) => void }) {
  const { lang, t } = useApp();
  const name = (p: Province) => (p.era === 'from2025' ? `${pick(p, lang)} (${t.provinceNew(selectionOf(geo, p).members.map((m) => pick(m, lang)).join(', '))})` : pick(p, lang));
  const [query, setQuery] = useState(value ? name(value.province) : '');
  const matches = useMemo(() => {
    const key = provinceKey(query);
    const hit = geo.provinces.filter((p) => !key || provinceKey(p.vi).includes(key) || provinceKey(p.en).includes(key));
    return hit.slice(0, MAX_OPTIONS);
  }, [geo, query]);

  return (
    <Field label={t.provinceLabel} hint={t.provinceHint}>
      <Combobox
        freeform
        value={query}
        selectedOptions={value ? [value.province.code] : []}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, d) => {
          const p = d.optionValue ? provinceByCode(geo, d.optionValue) : undefined;
          setQuery(p ? name(p) : '');
          onChange(p ? selectionOf(geo, p) : null);
        }}
      >
        {matches.length === 0 ? (
          <Option disabled value="">
            {t.provinceNone}
          </Option>
        ) : (
          matches.map((p) => (
            <Option key={p.code} value={p.code} text={name(p)}>
              {name(p)}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
