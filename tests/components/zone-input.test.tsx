import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZoneInput } from '../../components/ZoneInput';

afterEach(() => {
  document.body.textContent = '';
});

function mount(props: Partial<Parameters<typeof ZoneInput>[0]> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const choices = vi.fn(() => [{ zone: 'Asia/Seoul', label: 'Seoul (Asia)' }]);
  const onInput = vi.fn();
  render(
    <ZoneInput id="z" label="Time zone" value="" onInput={onInput} choices={choices} testId="zone" {...props} />,
    root,
  );
  return { root, choices, onInput, input: root.querySelector<HTMLInputElement>('input') as HTMLInputElement };
}

describe('ZoneInput', () => {
  it('has its label above it, tied to the field', () => {
    const { root, input } = mount();
    const label = root.querySelector('label');
    expect(label?.getAttribute('for')).toBe('z');
    expect(input.id).toBe('z');
    expect(label?.compareDocumentPosition(input)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('builds the list of zones only when the field is first used', async () => {
    const { root, choices, input } = mount();
    expect(choices).not.toHaveBeenCalled();
    expect(root.querySelectorAll('option')).toHaveLength(0);
    input.dispatchEvent(new FocusEvent('focus'));
    await new Promise((r) => setTimeout(r, 0));
    expect(choices).toHaveBeenCalledTimes(1);
    expect(root.querySelector('option')?.getAttribute('value')).toBe('Asia/Seoul');
    expect(root.querySelector('option')?.getAttribute('label')).toBe('Seoul (Asia)');
  });

  it('passes what is typed up, and shows what went wrong under the field, tied to it', () => {
    const { input, onInput } = mount();
    input.value = 'Atlantis';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onInput).toHaveBeenCalledWith('Atlantis');
    const { root } = mount({ error: 'No time zone called “Atlantis”.', hint: 'Leave empty for the browser’s.' });
    const field = root.querySelector('input');
    expect(field?.getAttribute('aria-invalid')).toBe('true');
    expect(field?.getAttribute('aria-describedby')).toBe('z-hint z-error');
    expect(root.querySelector('#z-error')?.textContent).toBe('No time zone called “Atlantis”.');
  });
});
