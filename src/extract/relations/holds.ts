// HOLDS: a person presented with a post (title next to the name), or "X同志任Y". One fact
// per post of a chain (镇党委副书记、镇长李某 → two). Nominees (镇长人选) hold nothing yet.
import type { Fact, SentenceContext } from './fact';
import { postCore } from '../mentions/titles';

// "某某同志任镇人民政府副镇长": the post runs to the end of the clause
const SERVES_AS = /^(?:同志)?(?:任|担任|出任)([^,;。!?\n、]{2,30})/;

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
    const serves = SERVES_AS.exec(ctx.text.slice(p.end, Math.min(ctx.sentence.end, p.end + 40)));
    if (serves) {
      const core = postCore(serves[1]);
      if (core) facts.push({ type: 'HOLDS', person: p.name, title: serves[1], core, start: p.spanStart, end: p.end + serves[0].length, sentenceIndex: ctx.sentence.index });
    }
  }
  return facts;
}
