/** A choice branch's predicate, shown in a small read-only code box (edited in the code pane). */
import { useEditor } from '../store/editor-context';
import type { ViewNode } from '../graph-view';

/** The predicate of choice branch `choiceIndex` of `state`. */
export function ExpressionField({ state, choiceIndex }: { state: ViewNode; choiceIndex: number }) {
  const label = useEditor((s) => s.view?.edges.find((e) => e.source === state.qid && e.via === 'choice' && e.choiceIndex === choiceIndex)?.label);
  return (
    <pre className="expr" data-testid="expression" title="predicate">
      {label ?? ''}
    </pre>
  );
}
