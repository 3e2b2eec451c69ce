/** A parallel state's branches or a subjourney, as a box that opens and collapses. */
import { memo } from 'react';
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import type { GroupNodeData } from './to-flow';
import { useEditorStore } from '../store/editor-context';

function GroupBoxImpl({ data }: NodeProps<Node<GroupNodeData>>) {
  const store = useEditorStore();
  return (
    <div className={`group-box group-${data.kind}`} data-group-id={data.groupId}>
      <Handle type="target" position={Position.Top} id="in" className="group-in" isConnectable={false} />
      <button
        className="group-toggle nodrag"
        data-testid="group-toggle"
        onClick={() => store.getState().toggleCollapsed(data.groupId)}
        title={data.collapsed ? 'Open' : 'Collapse'}
      >
        {data.collapsed ? '▸' : '▾'} {data.label}
        {data.collapsed ? ` · ${data.count} states` : ''}
      </button>
    </div>
  );
}

/** The `group-box` node type. */
export const GroupBox = memo(GroupBoxImpl);
