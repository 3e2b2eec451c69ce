/** The "?" button and popover listing the keyboard shortcuts; "?" on the canvas opens it too. */
import { useEffect, useState } from 'react';
import { SHORTCUTS } from './shortcuts';

/** Event the canvas dispatches on "?" (it knows nothing of the toolbar). */
export const SHOW_SHORTCUTS = 'journey-studio:shortcuts';

export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(SHOW_SHORTCUTS, show);
    return () => window.removeEventListener(SHOW_SHORTCUTS, show);
  }, []);
  return (
    <span className="shortcuts">
      <button
        type="button"
        data-testid="shortcuts-button"
        aria-expanded={open}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      {open ? (
        <div
          className="shortcuts-popover"
          role="dialog"
          aria-label="Keyboard shortcuts"
          data-testid="shortcuts"
          tabIndex={-1}
          ref={(el) => el?.focus()}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          {SHORTCUTS.map(({ place, items }) => (
            <section key={place}>
              <div className="shortcuts-place">{place}</div>
              <dl>
                {items.map((s) => (
                  <div key={s.keys} className="shortcut">
                    <dt>
                      <kbd>{s.keys}</kbd>
                    </dt>
                    <dd>{s.does}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      ) : null}
    </span>
  );
}
