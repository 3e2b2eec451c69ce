/** The AUTHLINT-* rules (auth data-flow lint); the lead registers `authLintRules` in the rule registry. */
import type { Rule } from '../../rule';
import { apiBypassRule } from './api-bypass';
import { payloadBeforeAuthRule } from './payload-before-auth';
import { staleAuthRule } from './stale-auth';
import { uncheckedResultRule } from './unchecked-result';
import { unguardedInputRule } from './unguarded-input';

export const authLintRules: readonly Rule[] = [unguardedInputRule, payloadBeforeAuthRule, uncheckedResultRule, staleAuthRule, apiBypassRule];
