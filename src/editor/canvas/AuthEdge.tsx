/**
 * A transition on the canvas: React Flow's smooth-step edge, plus, when auth
 * outcomes of the preview take it, a badge (`401 · 3`, or the one code) whose
 * codes show on hover and on keyboard focus. The badge sits beside the edge's
 * label, in one row on the bend (label lanes keep sibling bends apart), so
 * neither covers the other nor hides under a state.
 */
import { memo, useId } from 'react';
import { EdgeLabelRenderer, SmoothStepEdge, getSmoothStepPath, type EdgeProps, type Edge } from '@xyflow/react';
import type { JourneyEdgeData } from './to-flow';
import type { EdgeAuth } from '../auth/edge-outcomes';
import './auth-edge.css';

type Props = EdgeProps<Edge<JourneyEdgeData>> & { pathOptions?: { offset?: number; stepPosition?: number } };

/** The edge component registered as `journey`. */
export const AuthEdge = memo(function AuthEdge(props: Props) {
  const auth = props.data?.auth;
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
  return (
    <>
      <SmoothStepEdge {...props} label={undefined} />
      <EdgeLabelRenderer>
        {/* data-edge: a palette item dropped on the label or badge goes onto this transition too. */}
        <div className="edge-label-row" data-edge={props.id} style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}>
          {props.label ? <span className="edge-label-text">{props.label}</span> : null}
          <AuthBadge edgeId={props.id} auth={auth} />
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

/** The badge: a focusable button whose tooltip lists the codes. */
function AuthBadge({ edgeId, auth }: { edgeId: string; auth: EdgeAuth }) {
  const tipId = useId();
  const what = auth.failureOnly ? 'Auth failures' : 'Auth outcomes';
  return (
    <button
      type="button"
      className={`edge-auth-badge nodrag nopan ${auth.failureOnly ? 'edge-auth-fail' : 'edge-auth-ok'}`}
      data-testid="auth-badge"
      data-edge={edgeId}
      title={`${what} on this edge:\n${auth.detail}`}
      aria-label={`${what} on this edge: ${auth.codes.join(', ')}`}
      aria-describedby={tipId}
    >
      {auth.badge}
      <span className="edge-auth-tip" role="tooltip" id={tipId}>
        {auth.codes.map((c) => (
          <span key={c}>{c}</span>
        ))}
      </span>
    </button>
  );
}
