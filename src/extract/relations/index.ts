// The relation rules, in the order the pipeline runs them on each sentence: each declares the
// relation it reads, its trigger words (what coverage expects a fact from) and its finder, so
// a verb a rule learns is a verb coverage expects a fact from.
import type { Fact, RuleTriggers, SentenceContext } from './fact';
import { holds } from './holds';
import { presidedTriggers, presided } from './presided';
import { spokeTriggers, spoke, noteReporters, type SpeakerState } from './spoke';
import { reportedTriggers, reported } from './reported';
import { electedTriggers } from './elected';
import { approvedTriggers, approved, type ApprovalState } from './approved';
import { attended } from './attended';
import { seated } from './seated';
import { leftTriggers, left } from './left';
import { roster } from './roster';

/** What rules carry from one sentence of an article to the next. */
export interface ArticleState {
  speakers: SpeakerState;
  approvals: ApprovalState;
  /** ELECTED facts per sentence index, read before the other rules (they make names known). */
  elected: Fact[][];
}

export function newArticleState(elected: Fact[][]): ArticleState {
  return { speakers: {}, approvals: { heard: new Map() }, elected };
}

export interface RelationRule {
  name: string;
  /** The words that promise a fact of this rule (none for rules that need no verb). */
  triggers?: RuleTriggers;
  find(ctx: SentenceContext, article: ArticleState): Fact[];
}

export const RELATION_RULES: readonly RelationRule[] = [
  { name: 'holds', find: holds },
  { name: 'presided', triggers: presidedTriggers, find: presided },
  { name: 'spoke', triggers: spokeTriggers, find: (ctx, article) => spoke(ctx, article.speakers) },
  { name: 'reported', triggers: reportedTriggers, find: (ctx, article) => noteReporters(reported(ctx), article.speakers) },
  { name: 'elected', triggers: electedTriggers, find: (ctx, article) => article.elected[ctx.sentence.index] ?? [] },
  { name: 'approved', triggers: approvedTriggers, find: (ctx, article) => approved(ctx, article.approvals) },
  { name: 'attended', find: attended },
  { name: 'seated', find: seated },
  { name: 'left', triggers: leftTriggers, find: left },
  { name: 'roster', find: roster },
];

export const RULE_TRIGGERS: readonly RuleTriggers[] = RELATION_RULES.flatMap((r) => (r.triggers ? [r.triggers] : []));
