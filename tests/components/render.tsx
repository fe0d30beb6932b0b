/** Renders a component into a fresh element of the test document (emptied after each test by the callers). */
import { render, type ComponentChild } from 'preact';

export function mountIn(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

/** Lets Preact re-render after an event. */
export const settle = () => new Promise((r) => setTimeout(r, 0));
