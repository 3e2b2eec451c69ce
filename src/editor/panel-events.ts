/** Brings a registered panel to the front of its area (a tab click, from elsewhere: the welcome card's buttons). */
const SHOW_PANEL = 'journey-studio:show-panel';

export function showPanel(id: string): void {
  window.dispatchEvent(new CustomEvent<string>(SHOW_PANEL, { detail: id }));
}

/** Calls `onShow` with the id of each panel asked for; returns the unsubscribe. */
export function onShowPanel(onShow: (id: string) => void): () => void {
  const listener = (e: Event) => onShow((e as CustomEvent<string>).detail);
  window.addEventListener(SHOW_PANEL, listener);
  return () => window.removeEventListener(SHOW_PANEL, listener);
}
