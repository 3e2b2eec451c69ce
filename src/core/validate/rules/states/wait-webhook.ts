/** WAIT-001..011 and WEBHOOK-001..005: the external-input states (dsl.md §12.1, §12.2). */
import { isScalar } from 'yaml';
import { child, pairOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { checkBlockKeys, checkInput, checkResponse, checkTimeout } from './external-input';
import { checkRequiredNext } from './routing';
import { describe, keyAt, valueAt } from './util';

/** WAIT-001..011 and WEBHOOK-001..005 (with D01/D02 fixes); pure. */
export const waitWebhookRule: Rule = {
  name: 'wait-webhook',
  codes: [
    'WAIT-001',
    'WAIT-002',
    'WAIT-003',
    'WAIT-004',
    'WAIT-005',
    'WAIT-006',
    'WAIT-007',
    'WAIT-008',
    'WAIT-009',
    'WAIT-010',
    'WAIT-011',
    'WEBHOOK-001',
    'WEBHOOK-002',
    'WEBHOOK-003',
    'WEBHOOK-004',
    'WEBHOOK-005',
  ],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      if (s.type !== 'wait' && s.type !== 'webhook') continue;
      const wait = s.type === 'wait';
      checkRequiredNext(ctx, s, wait ? 'WAIT-004' : 'WEBHOOK-003');
      const body = s.body;
      if (!body) continue; // STATE-003
      if (wait) {
        const channel = child(body, 'channel');
        if (!(isScalar(channel) && channel.value === 'manual')) {
          const at = pairOf(body, 'channel')
            ? valueAt(body, 'channel', `${s.path}.wait`)
            : keyAt(s.node, 'wait', s.path);
          const hint =
            isScalar(channel) && channel.value === 'callback'
              ? '; use a webhook state for callbacks'
              : '';
          ctx.add(
            'WAIT-001',
            'error',
            `'wait.channel' must be manual${channel === undefined ? ' (it is missing)' : `, not ${describe(channel)}`}${hint}`,
            at,
          );
        }
      }
      checkInput(ctx, s, body, wait ? 'WAIT-002' : 'WEBHOOK-001');
      checkResponse(
        ctx,
        s,
        body,
        wait
          ? { outputVar: 'WAIT-005', schema: 'WAIT-006', reserved: 'WAIT-007' }
          : { outputVar: 'WEBHOOK-004', schema: 'WEBHOOK-004', reserved: 'WEBHOOK-004' },
      );
      checkTimeout(ctx, s, body, wait ? 'WAIT-003' : 'WEBHOOK-002');
      checkBlockKeys(ctx, s, body);
    }
  },
};
