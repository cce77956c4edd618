import type { Subgraph } from '../../src/explore/web/api';
import { colleaguesOf, organizationsIn } from '../../src/explore/web/colleagues';

const node = (id: string, type: string) => ({ id, label: id, type });
const edge = (source: string, type: string, target: string) => ({ id: `${source}|${type}|${target}`, source, target, type });

// 甲 sat at a meeting with 乙, holds a post in a government where 丙 holds another, and
// reported a report 丁 also reported (a report is no tie); 戊 is only in the same place.
const around甲: Subgraph = {
  nodes: [node('甲', 'Person'), node('会议', 'Meeting'), node('乙', 'Person'), node('镇长', 'Post'), node('政府', 'Organization'), node('报告', 'Report'), node('丁', 'Person'), node('某镇', 'Place'), node('戊', 'Person')],
  edges: [
    edge('甲', 'ATTENDED', '会议'),
    edge('乙', 'PRESIDED', '会议'),
    edge('甲', 'HOLDS', '镇长'),
    edge('镇长', 'OF', '政府'),
    edge('甲', 'REPORTED', '报告'),
    edge('丁', 'REPORTED', '报告'),
    edge('政府', 'IN', '某镇'),
    edge('戊', 'IN', '某镇'),
  ],
  truncated: false,
};
const around政府: Subgraph = {
  nodes: [node('政府', 'Organization'), node('副镇长', 'Post'), node('丙', 'Person'), node('镇长', 'Post')],
  edges: [edge('副镇长', 'OF', '政府'), edge('丙', 'HOLDS', '副镇长'), edge('镇长', 'OF', '政府')],
  truncated: false,
};

describe('colleaguesOf', () => {
  it('finds the people sharing a meeting or an organization, with the ties between them', () => {
    const found = colleaguesOf('甲', [around甲, around政府]);
    expect(found.people.sort()).toEqual(['丙', '乙']);
    const ids = found.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(['丙', '乙', '会议', '副镇长', '政府', '甲', '镇长'].sort());
    // every kept edge joins kept nodes: nothing dangles
    for (const e of found.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
    expect(found.edges.map((e) => e.type)).not.toContain('REPORTED');
  });

  it('does not pass through another person to reach a third', () => {
    const chain: Subgraph = {
      nodes: [node('甲', 'Person'), node('会一', 'Meeting'), node('乙', 'Person'), node('会二', 'Meeting'), node('己', 'Person')],
      edges: [edge('甲', 'ATTENDED', '会一'), edge('乙', 'ATTENDED', '会一'), edge('乙', 'ATTENDED', '会二'), edge('己', 'ATTENDED', '会二')],
      truncated: false,
    };
    expect(colleaguesOf('甲', [chain]).people).toEqual(['乙']);
  });

  it('has nobody for a person with no ties', () => {
    expect(colleaguesOf('戊', [around甲]).people).toEqual([]);
  });
});

describe('organizationsIn', () => {
  it('lists the organizations of a subgraph', () => {
    expect(organizationsIn(around甲)).toEqual(['政府']);
  });
});
