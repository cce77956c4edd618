// Whether an article stops in the middle of a sentence. Real pages end with page
// furniture after the last sentence (a source line, the editor's name, a date, links to
// other pages, photo credits): those lines are set aside, and the article is cut only
// when its last line of prose ends inside a clause that has already begun.

// a line of furniture: who wrote, edited, photographed or published it, when, and the
// page's own links and counters
const FURNITURE_LINE = /^[\s(（【\[]*(?:来源|来自|稿源|作者|编辑|责任编辑|责编|编审|审核|审校|审稿|校对|初审|复审|终审|一审|二审|三审|供稿|撰稿|文字|文\/|文:|图\/|图:|摄影|摄|记者|通讯员|发布|发布时间|发布日期|日期|时间|浏览|阅读|点击|访问|分享|打印|关闭|收藏|上一篇|下一篇|相关|扫一扫|微信|字号|【)/;
const DATE_LINE = /^[\s\d年月日:\-/.：]+$/;
// the site's own footer: who runs it, its address and telephone, its registrations (ICP备,
// 公网安备), copyright; and a bulleted link to another article (· 某镇召开…)
const FOOTER_LINE = /^[\s·•]|^(?:主办|承办|协办|技术支持|运维|地址|联系电话|电话|传真|邮编|邮箱|联系我们|网站地图)|ICP备|公网安备|网站标识码|版权所有|Copyright|©/i;
// furniture at the end of the prose line itself: "…。(来源:县融媒体中心)", "…。编辑:张三"
const FURNITURE_TAIL = /[\s(（【\[]*(?:来源|稿源|作者|编辑|责任编辑|责编|供稿|撰稿|记者|通讯员|摄影)\s*[:：/][^。！？!?]*$/;
const FINISHED = /[。！？!?…”"’」』)）》;；:：.]$/;
// what follows the last finished sentence of the line: a cut clause is long or has begun
// to list (a comma, an enumeration comma)
const OPEN_CLAUSE = /(?:^|[。！？!?；;])([^。！？!?；;]*)$/;

/** True when the text's last line of prose stops in mid-sentence. */
export function seemsTruncated(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (FURNITURE_LINE.test(line) || DATE_LINE.test(line) || FOOTER_LINE.test(line)) continue;
    const prose = line.replace(FURNITURE_TAIL, '').trim();
    // a short line without a sentence in it (a name, a credit, a caption) is furniture too
    if (prose.length < 20 && !/[。，,；;]/.test(prose)) continue;
    if (!prose || FINISHED.test(prose)) return false;
    const open = OPEN_CLAUSE.exec(prose)?.[1] ?? prose;
    return /[,，、]/.test(open) || open.length >= 25;
  }
  return false;
}
