import type { ComponentChildren } from 'preact';

type Props = {
  class: string;
  /** Called on submit (Enter in a field, or the submit button); the page is never reloaded. */
  onSubmit: () => void;
  children: ComponentChildren;
};

/** A form that stays on the page: submitting it calls `onSubmit` instead of navigating. */
export function SubmitForm(props: Props) {
  return (
    <form
      class={props.class}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}
