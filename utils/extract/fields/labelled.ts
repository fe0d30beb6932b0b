/**
 * Labelled fields: "Date: 17 November 2020", "When, local time:" + next line, "Where :", "Lieu :",
 * "Fecha:", "Arrangement type :". The value is the rest of the line, or the next line when the label
 * stands alone (Drupal field blocks, DOM-NOTES.md §3.1).
 */
export type LabelledValue = {
  label: string;
  value: string;
  line: string;
  /** Index in `lines` of the value's line (the label's own line, or the next one). */
  valueIndex: number;
};

/** Label families; each regex matches the whole label with its colon at the start of a line. */
export const LABELS = {
  date: /^(?:date\(s\)|dates?|when(?:,? local time)?|quand(?:,? heure locale)?|fechas?|cuándo|cuando|datum|تاريخ|التاريخ|дата|日期)\s*[:：]\s*/i,
  place: /^(?:where|venue|location|lieu|lugar|sede|ort|المكان|место|地点)\s*[:：]\s*/i,
  arrangement: /^(?:arrangement type|type of arrangement|modalité|modalidad)\s*[:：]\s*/i,
  time: /^(?:time|heure|hora|horario|horaire|время|الوقت|التوقيت|时间)\s*[:：]\s*/i,
} as const;

/** The first line labelled with `label` and its value, within `lines`. */
export function findLabelled(lines: readonly string[], label: RegExp): LabelledValue | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = label.exec(line);
    if (!m) continue;
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
  return null;
}
