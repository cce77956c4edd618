import { normalize, originalSpan } from '../../src/extract/normalize';

function mapBack(input: string, normText: string, needle: string): string {
  const n = normalize(input);
  const at = n.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = originalSpan(n, at, at + needle.length);
  return input.slice(span.start, span.end);
}

describe('normalize', () => {
  it('keeps plain simplified text as it is (apart from whitespace)', () => {
    const n = normalize('镇党委书记柳青山主持会议。\n\n\n镇长作报告。');
    expect(n.text).toBe('镇党委书记柳青山主持会议。\n镇长作报告。');
    expect(n.format).toBe('text');
    expect(n.converted).toBe(false);
  });

  it('removes stray spaces inside names but keeps spaces between ASCII words', () => {
    const n = normalize('镇长 柳 青 山 作报告, 2024-07-19 20:59:12 发布');
    expect(n.text).toBe('镇长柳青山作报告,2024-07-19 20:59:12发布');
  });

  it('folds full-width ASCII and punctuation', () => {
    expect(normalize('会议（草案）：通过，ＡＢＣ１２３').text).toBe('会议(草案):通过,ABC123');
  });

  it('removes pinyin glosses and masking asterisks', () => {
    expect(normalize('界岭镇(zhèn)人大主席(xí)作报告').text).toBe('界岭镇人大主席作报告');
    expect(normalize('乡党委副书记、***乡长').text).toBe('乡党委副书记、乡长');
    expect(normalize('决算(PPP项目)').text).toBe('决算(PPP项目)');
  });

  it('keeps a character lost to a wrong code page (?h inside a word) as U+FFFD, not as a question mark', () => {
    expect(normalize('青嶺?h委員會(huì)召開。真的嗎?是的。').text).toBe('青岭\ufffdh委员会召开。真的吗?是的。');
    expect(normalize('青岭县召开大会?Yes').text).toBe('青岭县召开大会\ufffdYes');
    expect(normalize('会议开幕? 是的').text).toBe('会议开幕?是的');
  });

  it('converts traditional characters and maps offsets back to the original', () => {
    const input = '大會由鎮黨委書記 趙(zhào)明遠主持會議。';
    const n = normalize(input);
    expect(n.converted).toBe(true);
    expect(n.text).toBe('大会由镇党委书记赵明远主持会议。');
    expect(mapBack(input, n.text, '赵明远')).toBe('趙(zhào)明遠');
    expect(mapBack(input, n.text, '主持会议')).toBe('主持會議');
  });

  it('strips HTML: scripts, styles, navigation and footers go, blocks become lines, entities decode', () => {
    const input =
      '<html><head><title>会议召开</title><script>var s="镇长某某";</script><style>p{}</style></head><body>' +
      '<nav>首页 &gt; 新闻</nav><div class="breadcrumb">当前位置</div>' +
      '<p>镇长&nbsp;韦晓光作报告。</p><p>大会通过了&ldquo;决议&rdquo;。</p><footer>版权所有</footer></body></html>';
    const n = normalize(input);
    expect(n.format).toBe('html');
    expect(n.htmlTitle).toBe('会议召开');
    expect(n.text).toBe('镇长韦晓光作报告。\n大会通过了“决议”。');
    expect(mapBack(input, n.text, '长韦晓')).toBe('长&nbsp;韦晓');
    expect(mapBack(input, n.text, '“决议”')).toBe('&ldquo;决议&rdquo;');
  });

  it('maps every normalised index to a span of the original', () => {
    const input = '第一行\r\n\r\n  第二行　(kè)文字';
    const n = normalize(input);
    expect(n.starts.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      const s = input.slice(n.starts[i], n.ends[i]);
      if (n.text[i] !== '\n') expect(s).toBe(n.text[i]);
    }
  });

  it('joins a long line wrapped mid-sentence but keeps headlines on their own line', () => {
    const body = '会议指出,要坚持稳中求进工作总基调,全面贯彻新发展理念,深刻理解践行“三个';
    expect(normalize(`标题没有标点但不算短的一行文字标题没有标点但不算短的一行文字\n${body}\n\n务必”,坚定信心。\n短行`).text).toBe(
      `标题没有标点但不算短的一行文字标题没有标点但不算短的一行文字\n${body}务必”,坚定信心。\n短行`,
    );
  });

  it('handles empty input', () => {
    const n = normalize('');
    expect(n.text).toBe('');
    expect(originalSpan(n, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});
