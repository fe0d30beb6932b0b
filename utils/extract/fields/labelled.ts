/**
 * Labelled fields: "Date: 17 November 2020", "When, local time:" + next line, "Where :", "Lieu :", "Fecha:",
 * "Arrangement type :". The value is the rest of the line, or the next line when the label stands alone (Drupal
 * field blocks, docs/extraction.md, "Templates"). A label alone on its line may also come without its colon, as
 * the ICH site's definition lists print them ("Date" / "28/09/2015 - 02/10/2015", "Location(s)" / "Paris").
 */
export type LabelledValue = {
  label: string;
  value: string;
  line: string;
  /** Index in `lines` of the value's line (the label's own line, or the next one). */
  valueIndex: number;
};

const LABEL_WORDS = {
  date: 'date\\(s\\)|fecha\\(s\\)|dates?|when(?:,? local time)?|quand(?:,? heure locale)?|fechas?|cuándo|cuando|datum|تاريخ|التاريخ|дата|даты|日期|时间和日期',
  place:
    'where|où|venue|location(?:\\(s\\))?|lieu|lieux|lugar(?:\\(es\\))?|lugares|sede|ort|المكان|место|地点|emplacement|ubicación',
  arrangement: 'arrangement type|type of arrangement|modalité|modalidad|format|attendance',
  time: 'time|heure|horaire|hora|horario|время|الوقت|التوقيت|时间',
  start:
    'start(?:ing)? date|date de début|fecha de inicio|fecha de comienzo|дата начала|تاريخ البدء|تاريخ البداية|开始日期|开始时间',
  end: 'end(?:ing)? date|date de fin|fecha de (?:finalización|fin|término|cierre)|дата окончания|تاريخ الانتهاء|تاريخ النهاية|结束日期|结束时间',
  country: 'country|pays|país|страна|الدولة|البلد|国家',
} as const;

type Family = keyof typeof LABEL_WORDS;

/** Label families; each regex matches the whole label with its colon at the start of a line. */
export const LABELS: Record<Family, RegExp> = Object.fromEntries(
  Object.entries(LABEL_WORDS).map(([family, words]) => [family, new RegExp(`^(?:${words})\\s*[:：]\\s*`, 'i')]),
) as Record<Family, RegExp>;

/** The same labels standing alone on their line, without a colon. */
const BARE_LABELS: Record<Family, RegExp> = Object.fromEntries(
  Object.entries(LABEL_WORDS).map(([family, words]) => [family, new RegExp(`^(?:${words})$`, 'i')]),
) as Record<Family, RegExp>;

/** The family a label regex belongs to, for its bare twin. */
function familyOf(label: RegExp): Family | null {
  for (const family of Object.keys(LABELS) as Family[]) if (LABELS[family] === label) return family;
  return null;
}

/** The first line labelled with `label` and its value, within `lines`. */
export function findLabelled(lines: readonly string[], label: RegExp): LabelledValue | null {
  const family = familyOf(label);
  const bare = family ? BARE_LABELS[family] : null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = label.exec(line);
    if (m) {
      const rest = line.slice(m[0].length).trim();
      const value = rest !== '' ? rest : (lines[i + 1] ?? '').trim();
      if (value === '') continue;
      return {
        label: m[0].replace(/[\s:：]+$/, ''),
        value,
        line: rest !== '' ? line : `${line} ${value}`,
        valueIndex: rest !== '' ? i : i + 1,
      };
    }
    const next = (lines[i + 1] ?? '').trim();
    if (bare?.test(line.trim()) && next !== '' && next.length < 200 && !bare.test(next)) {
      return { label: line.trim(), value: next, line: `${line.trim()} ${next}`, valueIndex: i + 1 };
    }
  }
  return null;
}

/** How many lines carry the label, with or without its colon (a listing repeats its items' "When, local time:"). */
export function countLabelled(lines: readonly string[], label: RegExp, max = 3): number {
  const family = familyOf(label);
  const bare = family ? BARE_LABELS[family] : null;
  let count = 0;
  for (const line of lines) {
    if (label.test(line) || bare?.test(line.trim())) count++;
    if (count >= max) break;
  }
  return count;
}
