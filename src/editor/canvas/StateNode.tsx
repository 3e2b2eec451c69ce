/** One state on the canvas. Memoised: React Flow re-renders only nodes whose data changed. */
import { memo } from 'react';
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { GROUP_HANDLE, type StateNodeData } from './to-flow';
import { isAuthKind, lookOf } from './state-style';

/** Outgoing handles per state type; the handle id is the field a connection sets. */
function handlesOf(type: string): Array<{ id: string; title: string }> {
  switch (type) {
    case 'succeed':
    case 'fail':
      return [];
    case 'choice':
      return [
        { id: 'choice', title: 'new choice branch' },
        { id: 'default', title: 'default' },
      ];
    case 'wait':
    case 'webhook':
      return [
        { id: 'next', title: 'next' },
        { id: 'onTimeout', title: 'onTimeout' },
      ];
    default:
      return [{ id: 'next', title: 'next' }];
  }
}

function StateNodeImpl({ data, selected }: NodeProps<Node<StateNodeData>>) {
  const v = data.view;
  const look = lookOf(v.type, v.taskKind);
  const auth = v.type === 'task' && isAuthKind(v.taskKind);
  const handles = handlesOf(v.type);
  const cls = [
    'state-node',
    auth ? 'auth' : '',
    selected ? 'selected' : '',
    data.dimmed ? 'dimmed' : '',
    v.problem ? `problem-${v.problem}` : '',
    data.run ? `run-${data.run}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cls} style={{ borderColor: look.color }} title={`${v.qid} (${v.taskKind ?? v.type})`}>
      {v.isStart ? (
        <span className="start-mark" title="start">
          ▶
        </span>
      ) : null}
      <Handle type="target" position={Position.Top} id="in" />
      <span className="state-icon" style={{ background: look.color }} aria-hidden>
        {look.icon}
      </span>
      <span className="state-text">
        <span className="state-id">{v.id}</span>
        <span className="state-kind">{v.taskKind ?? v.type}</span>
      </span>
      {data.badge ? (
        <span className="run-badge" data-testid="coverage-badge" title="Auth outcomes exercised by the last scenario run">
          {data.badge}
        </span>
      ) : null}
      {handles.map((h, i) => (
        <Handle
          key={h.id}
          type="source"
          position={Position.Bottom}
          id={h.id}
          title={h.title}
          data-handle={h.id}
          className={`handle-${h.id}`}
          style={{ left: `${((i + 1) * 100) / (handles.length + 1)}%` }}
        />
      ))}
      {v.type === 'parallel' || v.type === 'subjourney' ? (
        // Where the line to the branches' (or the subjourney's) box starts; not a transition, so nothing connects here.
        <Handle
          type="source"
          position={Position.Right}
          id={GROUP_HANDLE}
          className="handle-group"
          isConnectable={false}
          title={v.type === 'parallel' ? 'branches' : 'calls'}
        />
      ) : null}
    </div>
  );
}

/** The `state` node type. */
export const StateNode = memo(StateNodeImpl);
