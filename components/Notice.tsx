import type { ComponentChildren } from 'preact';

type Props = { tone: 'quiet' | 'info' | 'error'; title: string; children?: ComponentChildren };

export function Notice({ tone, title, children }: Props) {
  return (
    <section class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      {children && <p>{children}</p>}
    </section>
  );
}
