/**
 * A transition on the canvas: React Flow's smooth-step edge, plus a badge with
 * the auth outcomes of the preview that take it (`401 · 3`, or the one code),
 * whose codes show on hover and on keyboard focus.
 */
import { memo, useId } from 'react';
import { EdgeLabelRenderer, SmoothStepEdge, getSmoothStepPath, type EdgeProps, type Edge } from '@xyflow/react';
import type { JourneyEdgeData } from './to-flow';
import './auth-edge.css';

/** Below the predicate label (which sits on the bend), so the two never overlap. */
const UNDER_LABEL = 18;

type Props = EdgeProps<Edge<JourneyEdgeData>> & { pathOptions?: { offset?: number; stepPosition?: number } };

/** The edge component registered as `journey`. */
export const AuthEdge = memo(function AuthEdge(props: Props) {
  const auth = props.data?.auth;
  const tipId = useId();
  if (!auth) return <SmoothStepEdge {...props} />;
  const [, x, y] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    sourcePosition: props.sourcePosition,
    targetX: props.targetX,
    targetY: props.targetY,
    targetPosition: props.targetPosition,
    offset: props.pathOptions?.offset,
    stepPosition: props.pathOptions?.stepPosition,
  });
  const at = props.label ? y + UNDER_LABEL : y;
  const what = auth.failureOnly ? 'Auth failures' : 'Auth outcomes';
  return (
    <>
      <SmoothStepEdge {...props} />
      <EdgeLabelRenderer>
        <button
          type="button"
          className={`auth-badge nodrag nopan ${auth.failureOnly ? 'auth-badge-fail' : 'auth-badge-ok'}`}
          data-testid="auth-badge"
          data-edge={props.id}
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${at}px)` }}
          title={`${what} on this edge:\n${auth.detail}`}
          aria-label={`${what} on this edge: ${auth.codes.join(', ')}`}
          aria-describedby={tipId}
        >
          {auth.badge}
          <span className="auth-badge-tip" role="tooltip" id={tipId}>
            {auth.codes.map((c) => (
              <span key={c}>{c}</span>
            ))}
          </span>
        </button>
      </EdgeLabelRenderer>
    </>
  );
});
