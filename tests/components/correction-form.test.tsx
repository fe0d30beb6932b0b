import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorrectionForm } from '../../components/CorrectionForm';
import { english } from '../helpers/i18n';
import { fixtureRecord } from '../helpers/records';

const event = fixtureRecord('seed').event;
if (!event) throw new Error('seed fixture has no event');
const choices = () => [
  { zone: 'Asia/Seoul', label: 'Seoul (Asia)' },
  { zone: 'Europe/Paris', label: 'Paris (Europe)' },
];

afterEach(() => {
  document.body.textContent = '';
});

function mount(inline = true) {
  const root = document.createElement('div');
  document.body.append(root);
  const onSave = vi.fn();
  render(
    <CorrectionForm
      t={english}
      original={event!}
      corrections={null}
      choices={choices}
      onSave={onSave}
      onReset={vi.fn()}
      inline={inline}
    />,
    root,
  );
  return { root, onSave };
}

async function set(root: HTMLElement, testId: string, value: string) {
  const field = root.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
  if (!field) throw new Error(`no ${testId}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
}

const submit = (root: HTMLElement) =>
  root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('CorrectionForm', () => {
  it('puts every label above its field, the title in a full-width field', () => {
    const { root } = mount();
    const fields = [...root.querySelectorAll('.field')];
    expect(fields.length).toBe(6);
    for (const field of fields) expect(field.firstElementChild?.tagName).toBe('LABEL');
    expect(root.querySelector('.field.full [data-testid="correct-title"]')?.tagName).toBe('TEXTAREA');
  });

  it('corrects the dates as well as the times, keeping only what changed', async () => {
    const { root, onSave } = mount();
    await set(root, 'correct-start-date', '2020-11-18');
    await set(root, 'correct-end-date', '2020-11-19');
    await set(root, 'correct-end', '16:00');
    submit(root);
    expect(onSave).toHaveBeenCalledWith({ startDate: '2020-11-18', endDate: '2020-11-19', endTime: '16:00' });
  });

  it('takes a zone by its city, and refuses one it does not know', async () => {
    const { root, onSave } = mount();
    await set(root, 'correct-zone', 'seoul');
    submit(root);
    expect(onSave).toHaveBeenLastCalledWith({ timeZone: 'Asia/Seoul' });
    await set(root, 'correct-zone', 'Atlantis');
    submit(root);
    await new Promise((r) => setTimeout(r, 0));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain('No time zone called “Atlantis”.');
  });

  it('is folded under its summary in the popup, open at once in the library', () => {
    expect(mount(false).root.querySelector('details summary')?.textContent).toBe('Correct this event');
    expect(mount(true).root.querySelector('details')).toBeNull();
  });
});
