// Deterministic generator of meeting news for benchmarks: varied town congress sessions,
// standing-committee sessions, party congresses and work meetings across many invented
// towns, each with the facts it states (for a quick self-check of the extractor).
//
//   import { generateArticles } from './corpus-generator';
//   for (const a of generateArticles(1000, 42)) …   // same seed → same articles
import * as OpenCC from 'opencc-js';
import { COMPOUND_SURNAMES, COUNTIES, FILLER, GIVEN, NUMERALS, PROJECTS, SURNAMES, TOWN_FIRST, TOWN_SECOND, TOWN_SUFFIXES } from './corpus-lists';

export interface GeneratedFact {
  type: 'HOLDS' | 'PRESIDED' | 'REPORTED' | 'ELECTED' | 'APPROVED' | 'SPOKE';
  person?: string;
  title?: string;
  report?: string;
  item?: string;
}

export interface GeneratedArticle {
  source: string;
  text: string;
  /** ISO publication date. */
  published: string;
  /** The facts the text states (the meeting is always the article's one meeting). */
  facts: GeneratedFact[];
}

// Some articles are published in traditional characters or as HTML pages; the generated
// corpus has a share of each so that the benchmark pays for conversion and markup too.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

function asHtml(headline: string, body: string): string {
  const paragraphs = body.split('\n').map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><title>${headline}</title><script>var nav = "首页";</script></head><body><nav><a href="/">首页</a> &gt; 工作动态</nav><div class="article"><h1>${headline}</h1>${paragraphs}</div><footer>版权所有</footer></body></html>`;
}

/** mulberry32: a small, fast, deterministic PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Writer {
  private used = new Set<string>();
  constructor(private readonly rnd: () => number) {}
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)];
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  /** A fresh invented person name (unique within the article). */
  name(): string {
    for (;;) {
      const surname = this.chance(0.03) ? this.pick(COMPOUND_SURNAMES) : this.pick(SURNAMES);
      const given = this.chance(0.25) ? this.pick(GIVEN) : this.pick(GIVEN) + this.pick(GIVEN);
      const n = surname + given;
      if (!this.used.has(n) && ![...this.used].some((u) => u.length === n.length && diff(u, n) <= 1)) {
        this.used.add(n);
        return n;
      }
    }
  }
}

function diff(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d;
}

/** `n` articles, deterministic by `seed`. */
export function* generateArticles(n: number, seed: number): Iterable<GeneratedArticle> {
  const rnd = random(seed);
  for (let i = 0; i < n; i++) {
    const w = new Writer(rnd);
    const kind = w.pick(['congress', 'congress', 'congress', 'standing', 'party', 'work'] as const);
    const year = w.int(2012, 2025);
    const month = w.int(1, 12);
    const day = w.int(1, 26);
    const published = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(28, day + 2)).padStart(2, '0')}`;
    const article = kind === 'congress' ? congress(w, month, day, year) : kind === 'standing' ? standing(w, month, day) : kind === 'party' ? party(w, month, day) : workMeeting(w, month, day, year);
    const form = w.int(1, 10);
    const plain = `${article.headline}\n发布日期:${published}\n${article.body}`;
    const text = form === 1 ? toTraditional(plain) : form === 2 ? asHtml(article.headline, `发布日期:${published}\n${article.body}`) : plain;
    yield { source: `generated/${seed}-${i}.${form === 2 ? 'html' : 'txt'}`, text, published, facts: article.facts };
  }
}

interface Draft {
  headline: string;
  body: string;
  facts: GeneratedFact[];
}

function town(w: Writer): { town: string; short: string; level: string } {
  const suffix = w.pick(TOWN_SUFFIXES);
  const t = w.pick(TOWN_FIRST) + w.pick(TOWN_SECOND) + suffix;
  return { town: t, short: suffix === '街道' ? '街道' : suffix, level: suffix === '乡' ? '乡' : '镇' };
}

function filler(w: Writer, k: number): string {
  let s = '';
  for (let i = 0; i < k; i++) s += w.pick(FILLER);
  return s;
}

function congress(w: Writer, month: number, day: number, year: number): Draft {
  const { town: t, level } = town(w);
  const term = w.pick(NUMERALS.slice(0, 20));
  const session = w.pick(NUMERALS.slice(0, 9));
  const meeting = `${t}第${term}届人民代表大会第${session}次会议`;
  const facts: GeneratedFact[] = [];
  const secretary = w.name();
  const head = w.name();
  const chair = w.name();
  const deputy = w.name();
  const parts: string[] = [];
  parts.push(`${month}月${day}日${w.pick(['', '上午', '下午'])}，${meeting}${w.pick(['隆重开幕', '召开', '胜利召开'])}。会议应到代表${w.int(40, 90)}名，实到代表${w.int(35, 40)}名，符合法定人数。`);
  const presiding = w.int(1, 3);
  if (presiding === 1) parts.push(`${level}党委书记${secretary}主持会议。`);
  else if (presiding === 2) parts.push(`大会由${level}党委书记${secretary}主持。`);
  else parts.push(`${level}党委书记${secretary}主持大会第一次全体会议。`);
  facts.push({ type: 'HOLDS', person: secretary, title: `${level}党委书记` }, { type: 'PRESIDED', person: secretary });
  const headTitle = `${level}长`;
  const reporting = w.int(1, 3);
  if (reporting === 1) {
    parts.push(`${level}党委副书记、${headTitle}${head}作《政府工作报告》。`);
    facts.push({ type: 'HOLDS', person: head, title: `${level}党委副书记` });
  } else if (reporting === 2) {
    parts.push(`${headTitle}${head}代表${t}人民政府向大会作政府工作报告。`);
  } else {
    parts.push(`大会听取和审议了${head}${headTitle}所作的《政府工作报告》。`);
  }
  facts.push({ type: 'HOLDS', person: head, title: headTitle }, { type: 'REPORTED', person: head, report: '政府工作报告' });
  parts.push(`${level}人大主席${chair}作人大工作报告。`);
  facts.push({ type: 'HOLDS', person: chair, title: `${level}人大主席` }, { type: 'REPORTED', person: chair, report: '人大工作报告' });
  parts.push(`副${headTitle}${deputy}作关于${t}${year - 1}年财政预算执行情况和${year}年财政预算草案的报告。`);
  facts.push({ type: 'HOLDS', person: deputy, title: `副${headTitle}` }, { type: 'REPORTED', person: deputy, report: '财政预算执行情况' });
  parts.push(filler(w, w.int(1, 3)));
  if (w.chance(0.5)) {
    parts.push(`大会表决通过了政府工作报告、人大工作报告和财政预算报告。`);
    facts.push({ type: 'APPROVED', item: '政府工作报告' }, { type: 'APPROVED', item: '人大工作报告' }, { type: 'APPROVED', item: '财政预算报告' });
  } else {
    parts.push(`会议听取和审议了《政府工作报告》《人大工作报告》。与会代表一致通过了以上报告和决议草案。`);
    facts.push({ type: 'APPROVED', item: '政府工作报告' }, { type: 'APPROVED', item: '人大工作报告' });
  }
  if (w.chance(0.5)) {
    const project = w.pick(PROJECTS);
    parts.push(`会议票决确定了${project}等${w.int(5, 9)}个项目为${year}年度民生实事项目。`);
    facts.push({ type: 'APPROVED', item: project }, { type: 'APPROVED', item: '民生实事项目' });
  }
  const election = w.int(1, 4);
  if (election === 1) {
    const a = w.name();
    const b = w.name();
    parts.push(`大会选举${a}为${t}人民政府副${headTitle}，选举${b}为${t}人大副主席。`);
    facts.push(
      { type: 'ELECTED', person: a, title: `副${headTitle}` }, { type: 'HOLDS', person: a, title: `副${headTitle}` },
      { type: 'ELECTED', person: b, title: '人大副主席' }, { type: 'HOLDS', person: b, title: '人大副主席' },
    );
  } else if (election === 2) {
    const a = w.name();
    const b = w.name();
    parts.push(`${a}、${b}两名同志分别以全票当选为${t}人民政府副${headTitle}和${t}人大副主席。`);
    facts.push(
      { type: 'ELECTED', person: a, title: `副${headTitle}` }, { type: 'HOLDS', person: a, title: `副${headTitle}` },
      { type: 'ELECTED', person: b, title: '人大副主席' }, { type: 'HOLDS', person: b, title: '人大副主席' },
    );
  } else if (election === 3) {
    parts.push(`大会补选${head}同志为${t}人民政府${headTitle}。宣布选举结果后，新当选${headTitle}作表态发言。`);
    facts.push({ type: 'ELECTED', person: head, title: headTitle }, { type: 'SPOKE', person: head });
  }
  const speech = w.int(1, 3);
  if (speech === 1) parts.push(`${level}党委书记${secretary}在讲话中指出，要${w.pick(['坚定信心', '真抓实干', '担当作为'])}，推动各项工作落地见效。`);
  else if (speech === 2) parts.push(`${secretary}对大会的召开表示祝贺。他强调，要${w.pick(['坚定信心', '真抓实干', '担当作为'])}。`);
  else parts.push(`“${w.pick(['今年要把项目建设放在首位', '要把群众满意作为工作标准'])}。”${level}党委书记${secretary}如是说。`);
  facts.push({ type: 'SPOKE', person: secretary });
  parts.push(filler(w, w.int(8, 20)));
  return { headline: `${meeting}${w.pick(['召开', '胜利闭幕', '隆重开幕'])}`, body: parts.join('\n'), facts };
}

function standing(w: Writer, month: number, day: number): Draft {
  const county = w.pick(COUNTIES);
  const level = county.slice(-1);
  const term = w.pick(NUMERALS.slice(9, 20));
  const session = w.pick(NUMERALS);
  const facts: GeneratedFact[] = [];
  const director = w.name();
  const deputies = [w.name(), w.name(), w.name()];
  const appointee = w.name();
  const parts: string[] = [];
  parts.push(`${month}月${day}日，${level}${term}届人大常委会召开第${session}次会议。${level}人大常委会主任${director}主持会议，副主任${deputies.join('、')}出席会议。`);
  facts.push({ type: 'HOLDS', person: director, title: `${level}人大常委会主任` }, { type: 'PRESIDED', person: director });
  for (const d of deputies) facts.push({ type: 'HOLDS', person: d, title: '副主任' });
  parts.push(`会议审议并通过了${level}人民政府关于农村人居环境整治情况的报告；审查并批准了${level}级财政决算。`);
  facts.push({ type: 'APPROVED', item: '人居环境整治' }, { type: 'APPROVED', item: '财政决算' });
  parts.push(`会议表决通过了有关人事任免事项，决定任命${appointee}为${level}人民政府副${level}长。`);
  facts.push({ type: 'APPROVED', item: '人事任免' }, { type: 'ELECTED', person: appointee, title: `副${level}长` }, { type: 'HOLDS', person: appointee, title: `副${level}长` });
  parts.push(`${director}在会上强调，要依法履职，加强监督。`);
  facts.push({ type: 'SPOKE', person: director });
  parts.push(filler(w, w.int(8, 16)));
  return { headline: `${level}${term}届人大常委会召开第${session}次会议`, body: parts.join('\n'), facts };
}

function party(w: Writer, month: number, day: number): Draft {
  const { town: t, level } = town(w);
  const n = w.pick(NUMERALS.slice(0, 9));
  const s = w.pick(NUMERALS.slice(0, 6));
  const facts: GeneratedFact[] = [];
  const secretary = w.name();
  const discipline = w.name();
  const deputy = w.name();
  const parts: string[] = [];
  parts.push(`${month}月${day}日，中共${t}第${n}次代表大会第${s}次会议召开。大会由${level}党委副书记${deputy}主持。`);
  facts.push({ type: 'HOLDS', person: deputy, title: `${level}党委副书记` }, { type: 'PRESIDED', person: deputy });
  parts.push(`${level}党委书记${secretary}代表${level}党委作工作报告。${level}党委委员、纪委书记${discipline}代表${level}纪委作工作报告。`);
  facts.push(
    { type: 'HOLDS', person: secretary, title: `${level}党委书记` }, { type: 'REPORTED', person: secretary, report: '工作报告' },
    { type: 'HOLDS', person: discipline, title: `${level}党委委员` }, { type: 'HOLDS', person: discipline, title: '纪委书记' }, { type: 'REPORTED', person: discipline, report: '工作报告' },
  );
  parts.push(`大会一致通过了${level}党委工作报告的决议和${level}纪委工作报告的决议。`);
  facts.push({ type: 'APPROVED', item: '党委工作报告' }, { type: 'APPROVED', item: '纪委工作报告' });
  parts.push(filler(w, w.int(8, 16)));
  return { headline: `中共${t}第${n}次代表大会第${s}次会议召开`, body: parts.join('\n'), facts };
}

function workMeeting(w: Writer, month: number, day: number, year: number): Draft {
  const { town: t, level } = town(w);
  const type = w.pick(['经济工作会议', '农业农村工作会议', '年度工作务虚会', '党建工作会议']);
  const facts: GeneratedFact[] = [];
  const secretary = w.name();
  const head = w.name();
  const parts: string[] = [];
  parts.push(`${month}月${day}日，${t}召开${year}年${type}。${level}党委书记${secretary}出席会议并讲话，${level}党委副书记、${level}长${head}主持会议。`);
  facts.push(
    { type: 'HOLDS', person: secretary, title: `${level}党委书记` }, { type: 'SPOKE', person: secretary },
    { type: 'HOLDS', person: head, title: `${level}党委副书记` }, { type: 'HOLDS', person: head, title: `${level}长` }, { type: 'PRESIDED', person: head },
  );
  parts.push(`“${w.pick(['今年要把项目建设放在首位', '要把群众满意作为工作标准', '要在产业发展上下功夫'])}。”${level}长${head}在会上说。`);
  facts.push({ type: 'SPOKE', person: head });
  parts.push(filler(w, w.int(8, 20)));
  return { headline: `${t}召开${year}年${type}`, body: parts.join('\n'), facts };
}
