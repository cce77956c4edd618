// HOLDS: a person presented with a post (title next to the name). One fact per post of a
// chain (镇党委副书记、镇长李某 → two). Nominees (镇长人选) hold nothing yet.
import type { Fact, SentenceContext } from './fact';

export function holds(ctx: SentenceContext): Fact[] {
  const facts: Fact[] = [];
  for (const p of ctx.people) {
    for (const post of p.posts) {
      if (post.nominee) continue;
      facts.push({
        type: 'HOLDS',
        person: p.name,
        title: post.title,
        core: post.core,
        weak: p.kind === 'name-title',
        start: Math.min(post.start, p.start),
        end: Math.max(post.end, p.end),
        sentenceIndex: ctx.sentence.index,
      });
    }
  }
  return facts;
}
