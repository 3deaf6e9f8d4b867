import { Tag, Tooltip } from 'antd';
import type { QuorumView, VoteView } from './verdict-view';

const COLORS = {
  ok: 'success',
  passed: 'success',
  short: 'error',
  failed: 'error',
  invalid: 'error',
  notApplicable: 'default',
  unknown: 'default',
} as const;

/** A computed verdict as a coloured tag, with the full sentence (and rule) on hover. */
export function VerdictTag({ view, testId }: { view: QuorumView | VoteView; testId?: string }) {
  const tag = (
    <Tag color={COLORS[view.state]} data-testid={testId} data-state={view.state}>
      {view.label}
    </Tag>
  );
  return view.text ? <Tooltip title={view.text}>{tag}</Tooltip> : tag;
}
