// The side panels fold to a narrow strip, so the drawing keeps its room on a small screen.
// Below NARROW_SCREEN the details panel starts folded and, opened, lies over the drawing
// (styles.css) instead of taking width from it; it opens by itself when there is
// something to show.

export const NARROW_SCREEN = '(max-width: 1000px)';

export interface Collapsible {
  /** Folds (true) or unfolds the panel. */
  set(collapsed: boolean): void;
  isCollapsed(): boolean;
}

/** Gives `panel` a toggle button; `onChange` runs after each fold or unfold (the drawing resizes). */
export function collapsible(panel: HTMLElement, caption: string, onChange: () => void): Collapsible {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'collapse-toggle';
  panel.prepend(button);
  const side = panel.classList.contains('right') ? 'right' : 'left';
  const set = (collapsed: boolean) => {
    panel.classList.toggle('collapsed', collapsed);
    button.setAttribute('aria-expanded', String(!collapsed));
    button.title = `${collapsed ? 'show' : 'hide'} ${caption}`;
    button.setAttribute('aria-label', button.title);
    // the arrow points where the panel will go
    button.textContent = (side === 'left') === collapsed ? '›' : '‹';
    onChange();
  };
  button.addEventListener('click', () => set(!panel.classList.contains('collapsed')));
  set(false);
  return { set, isCollapsed: () => panel.classList.contains('collapsed') };
}
