// A small graph in the shape of the real one (invented town and people), with one
// deliberately hostile name, for the serializers' unit tests.
import type { ExportEdge, ExportNode } from '../../src/export/model';
import type { MemoryGraph } from '../../src/export/memory-source';

export const HOSTILE = `A&B <b>"quoted"</b> 'single' tab\there\nnewline ctrl\u0001\u001f lone\ud800 end`;

const node = (id: string, labels: string[], properties: ExportNode['properties'], links: ExportNode['links'] = [], sources: ExportNode['sources'] = []): ExportNode => ({
  id,
  labels,
  properties,
  links,
  sources,
});

const article1 = { id: 'article:aaaa', source: 'https://news.example/qinghe-1.html', title: '青禾镇召开人代会', published: '2024-01-10' };
const article2 = { id: 'article:bbbb', source: 'file:qinghe-2.txt', title: '青禾镇党委全会', published: '2024-06-02' };

export const fixture: MemoryGraph = {
  nodes: [
    node('place:青禾镇', ['Place'], { id: 'place:青禾镇', name: '青禾镇', level: 'town', code: null, unlisted: true }, [{ type: 'IN', target: 'place:310117' }]),
    node('place:310117', ['Place'], { id: 'place:310117', name: '松江区', level: 'county', code: '310117', unlisted: false }),
    node('org:青禾镇/party_committee', ['Organization'], { id: 'org:青禾镇/party_committee', name: '青禾镇党委', type: 'party_committee' }, [{ type: 'IN', target: 'place:青禾镇' }]),
    node('post:青禾镇/party_committee/党委书记', ['Post'], { id: 'post:青禾镇/party_committee/党委书记', title: '党委书记', names: ['镇党委书记', '党委书记'] }, [
      { type: 'OF', target: 'org:青禾镇/party_committee' },
    ]),
    node('person:青禾镇/林远舟', ['Person'], { id: 'person:青禾镇/林远舟', name: '林远舟' }, [], [article1, article2]),
    node('person:青禾镇/hostile', ['Person'], { id: 'person:青禾镇/hostile', name: HOSTILE }),
    node('meeting:青禾镇/congress/3/2', ['Meeting'], {
      id: 'meeting:青禾镇/congress/3/2',
      name: '青禾镇第三届人民代表大会第二次会议',
      kind: 'congress',
      term: 3,
      session: 2,
      start: '2024-01-08',
      end: '2024-01-09',
    }, [{ type: 'IN', target: 'place:青禾镇' }], [article1]),
    node('article:aaaa', ['Article'], { id: 'article:aaaa', source: article1.source, title: article1.title, published: article1.published, chars: 812 }),
    node('article:bbbb', ['Article'], { id: 'article:bbbb', source: article2.source, title: article2.title, published: article2.published, chars: 455 }),
  ],
  edges: [
    edge('r1', 'HOLDS', 'person:青禾镇/林远舟', 'post:青禾镇/party_committee/党委书记', { articleId: 'article:aaaa', sentence: '镇党委书记林远舟主持会议。', start: 10, end: 18, text: '镇党委书记林远舟', observed: '2024-01-08' }),
    edge('r2', 'HOLDS', 'person:青禾镇/林远舟', 'post:青禾镇/party_committee/党委书记', { articleId: 'article:bbbb', sentence: '党委书记林远舟讲话。', start: 0, end: 7, text: '党委书记林远舟', observed: '2024-06-02' }),
    edge('r3', 'PRESIDED', 'person:青禾镇/林远舟', 'meeting:青禾镇/congress/3/2', { articleId: 'article:aaaa', sentence: '镇党委书记林远舟主持会议。', start: 5, end: 12, text: '林远舟主持会议' }),
    edge('r4', 'SPOKE_AT', 'person:青禾镇/hostile', 'meeting:青禾镇/congress/3/2', { articleId: 'article:aaaa', sentence: HOSTILE, start: 0, end: 3, text: HOSTILE }),
    edge('r5', 'OF', 'post:青禾镇/party_committee/党委书记', 'org:青禾镇/party_committee', {}),
    edge('r6', 'IN', 'org:青禾镇/party_committee', 'place:青禾镇', {}),
    edge('r7', 'IN', 'meeting:青禾镇/congress/3/2', 'place:青禾镇', {}),
    edge('r8', 'MENTIONS', 'article:aaaa', 'person:青禾镇/林远舟', {}),
    edge('r9', 'IN', 'place:青禾镇', 'place:310117', {}),
  ],
};

function edge(id: string, type: string, source: string, target: string, properties: ExportEdge['properties']): ExportEdge {
  return { id, type, source, target, properties };
}
