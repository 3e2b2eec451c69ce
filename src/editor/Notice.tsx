/** A transient message (a refused connection, a failed command), shown for a few seconds. */
import { useEffect, useState } from 'react';
import { useEditor } from './store/editor-context';

/** The notice toast. */
export function Notice() {
  const notice = useEditor((s) => s.notice);
  const [shown, setShown] = useState<string | undefined>();
  useEffect(() => {
    if (!notice) return;
    setShown(notice.text);
    const t = setTimeout(() => setShown(undefined), 4000);
    return () => clearTimeout(t);
  }, [notice]);
  return shown ? (
    <div className="notice" role="status" data-testid="notice">
      {shown}
    </div>
  ) : null;
}
