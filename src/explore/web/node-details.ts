// What the panel shows for a clicked node: its properties from the API (by kind), and for
// a person their posts and timeline.
import { ArticleInfo, graphql } from './api';
import { ARTICLE, MEETING, ORGANIZATION, PERSON, PLACE, POST } from './queries';
import { listSection, Property, showNode, timelineSection, TimelineItem } from './panel';

interface Named {
  name: string;
}

export async function showNodeDetails(panel: Element, node: { id: string; label: string; type: string }): Promise<void> {
  const id = node.id;
  switch (node.type) {
    case 'Person': {
      const { person } = await graphql<{
        person: { name: string; places: Named[]; posts: { title: string; firstSeen: string | null; lastSeen: string | null; organization: Named | null }[]; timeline: TimelineItem[] } | null;
      }>(PERSON, { id });
      if (!person) return showNode(panel, node, [['note', 'no longer in the graph']]);
      const posts = person.posts.map((p) => `${p.organization ? `${p.organization.name} ` : ''}${p.title}${seen(p.firstSeen, p.lastSeen)}`);
      return showNode(panel, node, [['name', person.name], ['places', person.places.map((p) => p.name).join('、')]], [listSection('posts', posts), timelineSection(person.timeline)].filter(isElement));
    }
    case 'Meeting': {
      const { meeting: m } = await graphql<{
        meeting: { name: string; kind: string; body: string | null; term: number | null; session: number | null; sitting: string | null; start: string | null; end: string | null; dateText: string | null; place: Named | null; articles: ArticleInfo[] } | null;
      }>(MEETING, { id });
      if (!m) return showNode(panel, node, [['note', 'no longer in the graph']]);
      const props: Property[] = [['name', m.name], ['kind', m.kind], ['body', m.body], ['term (届)', m.term], ['session (次)', m.session], ['sitting', m.sitting], ['dates', dates(m.start, m.end)], ['date as written', m.dateText], ['place', m.place?.name]];
      const articles = m.articles.map((a) => [a.title ?? a.source ?? a.id, a.published].filter(Boolean).join(' · '));
      return showNode(panel, node, props, [listSection('articles', articles)].filter(isElement));
    }
    case 'Post': {
      const { post } = await graphql<{ post: { title: string; names: string[]; organization: Named | null; holders: { name: string }[] } | null }>(POST, { id });
      if (!post) return showNode(panel, node, []);
      return showNode(panel, node, [['title', post.title], ['as written', post.names.join('、')], ['organization', post.organization?.name]], [listSection('held by', post.holders.map((h) => h.name))].filter(isElement));
    }
    case 'Organization': {
      const { organization: o } = await graphql<{ organization: { name: string; type: string; place: Named | null } | null }>(ORGANIZATION, { id });
      return showNode(panel, node, o ? [['name', o.name], ['type', o.type], ['place', o.place?.name]] : []);
    }
    case 'Place': {
      const { place: p } = await graphql<{ place: { name: string; level: string | null; parent: Named | null } | null }>(PLACE, { id });
      return showNode(panel, node, p ? [['name', p.name], ['level', p.level], ['in', p.parent?.name]] : []);
    }
    case 'Article': {
      const { article: a } = await graphql<{ article: { title: string | null; source: string | null; published: string | null; chars: number | null } | null }>(ARTICLE, { id });
      return showNode(panel, node, a ? [['title', a.title], ['source', a.source], ['published', a.published], ['characters', a.chars]] : []);
    }
    default:
      // Reports, budgets, projects, resolutions: the name is all there is; their links are edges.
      return showNode(panel, node, [['title', node.label]]);
  }
}

function isElement(x: HTMLElement | null): x is HTMLElement {
  return x !== null;
}

function seen(first: string | null, last: string | null): string {
  if (!first) return '';
  return first === last || !last ? ` (seen ${first})` : ` (seen ${first} – ${last})`;
}

function dates(start: string | null, end: string | null): string | null {
  if (!start) return null;
  return end && end !== start ? `${start} – ${end}` : start;
}
