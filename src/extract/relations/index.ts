// The trigger words each relation rule declares, in one list: coverage reads them from here,
// so a verb a rule learns is a verb coverage expects a fact from.
import type { RuleTriggers } from './fact';
import { presidedTriggers } from './presided';
import { electedTriggers } from './elected';
import { approvedTriggers } from './approved';
import { reportedTriggers } from './reported';
import { spokeTriggers } from './spoke';
import { leftTriggers } from './left';

export const RULE_TRIGGERS: readonly RuleTriggers[] = [presidedTriggers, electedTriggers, approvedTriggers, reportedTriggers, spokeTriggers, leftTriggers];
