import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisplayOptions } from '../../components/DisplayOptions';
import { english } from '../helpers/i18n';

const choices = [
  { zone: 'Asia/Seoul', label: 'Seoul (Asia)' },
  { zone: 'America/Sao_Paulo', label: 'Sao Paulo (America)' },
];

function mount(extraZones: string[] = []) {
  const handlers = { onAddZone: vi.fn(), onRemoveZone: vi.fn(), onHourCycle: vi.fn() };
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <DisplayOptions t={english} extraZones={extraZones} hourCycle="locale" choices={() => choices} {...handlers} />,
    root,
  );
  return { root, ...handlers };
}

async function type(root: HTMLElement, text: string) {
  root.querySelector('details')?.setAttribute('open', '');
  root.querySelector('details')?.dispatchEvent(new Event('toggle'));
  await new Promise((r) => setTimeout(r, 0));
  const input = root.querySelector<HTMLInputElement>('[data-testid="zone-input"]');
  if (!input) throw new Error('no input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // Preact re-renders with the typed value before the form is sent, as in a browser.
  await new Promise((r) => setTimeout(r, 0));
  root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

afterEach(() => {
  document.body.textContent = '';
});

describe('DisplayOptions', () => {
  it('adds a zone found by its city, in any case', async () => {
    const { root, onAddZone } = mount();
    await type(root, 'seoul');
    await vi.waitFor(() => expect(onAddZone).toHaveBeenCalledWith('Asia/Seoul'));
  });

  it('says when no zone matches', async () => {
    const { root, onAddZone } = mount();
    await type(root, 'Atlantis');
    await vi.waitFor(() => expect(root.textContent).toContain('No time zone called “Atlantis”.'));
    expect(onAddZone).not.toHaveBeenCalled();
  });

  it('lists the zones added, each with a labelled remove button', () => {
    const { root, onRemoveZone } = mount(['Asia/Seoul']);
    const button = root.querySelector<HTMLButtonElement>('[aria-label="Remove Asia/Seoul"]');
    button?.click();
    expect(onRemoveZone).toHaveBeenCalledWith('Asia/Seoul');
  });
});
