import { seemsTruncated } from '../../src/extract/truncation';

const BODY = '3月2日,柏溪镇第五届人民代表大会第三次会议召开。镇长罗青禾作政府工作报告。';

describe('seemsTruncated', () => {
  it.each([
    ['a source line after the last sentence', `${BODY}\n来源:柏溪镇人民政府`],
    ['an editor and a reviewer', `${BODY}\n责任编辑:林小禾\n审核:钟一山`],
    ['a date line and a page counter', `${BODY}\n2023-03-02 10:15\n浏览次数:312`],
    ['a source inside the last line', `${BODY}(来源:县融媒体中心)`],
    ['an editor glued to the last sentence', `${BODY}编辑:许半夏`],
    ['links to the other pages', `${BODY}\n上一篇:全县春耕动员会召开\n下一篇:柏溪镇开展植树活动`],
    ['a photographer credit', `${BODY}\n罗小川 摄`],
    ['a closing quotation', '代表们说:“我们一定把这件事办好。”'],
    ['the site’s footer: who runs it, address, telephone, registrations', `${BODY}\n主办单位:柏溪县人民政府办公室 承办单位:柏溪县融媒体中心\n地址:柏溪县城关镇 联系电话:0000-0000000\n某ICP备00000000号 某公网安备 00000000000000号 网站标识码:0000000000`],
    ['a copyright line and bulleted links to other articles', `${BODY}\n· 柏溪镇召开人大代表述职评议会,代表们逐一述职并接受评议\n版权所有:柏溪县人民政府`],
  ])('is false for %s', (_label, text) => {
    expect(seemsTruncated(text)).toBe(false);
  });

  it.each([
    ['a clause cut after a comma', `${BODY}会议要求,各级干部要把群众的事办实,把`],
    ['a list cut in the middle', `${BODY}大会审议通过了政府工作报告、人大工`],
    ['a long clause cut short, furniture after it', `${BODY}大会还以举手表决的方式分别通过了关于柏溪镇人民政府工作报告的决议和关于\n责任编辑:林小禾`],
  ])('is true for %s', (_label, text) => {
    expect(seemsTruncated(text)).toBe(true);
  });
});
