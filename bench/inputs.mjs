// Inputs of `npm run bench` built from our own documents: portal pages around an article, and the worst cases.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Our bundled example report (`examples/sample-report-2023.md`) read by the build `lib`, printed as
 * pipe text with its sections' prose repeated four times in section 五 (a report of realistic length).
 */
export function exampleReportText(lib, root) {
  const report = lib.parseReport(readFileSync(join(root, 'examples', 'sample-report-2023.md'), 'utf8')).report;
  const narrative = report.sections
    .map((s) => s.text)
    .join('\n')
    .repeat(4);
  return lib.renderReport(report, { to: 'text' }).replace('五、存在的主要问题及改进情况', `五、存在的主要问题及改进情况\n${narrative}`);
}

/** Page chrome of a government portal: navigation, related links, a script, a footer (our own words). */
function chromeBlock(i) {
  const links = Array.from(
    { length: 40 },
    (_, k) => `<li class="nav-item"><a href="/col/col${i}${k}/index.html" title="栏目${k}">政务栏目${k}</a></li>`,
  ).join('');
  const related = Array.from(
    { length: 30 },
    (_, k) =>
      `<li><a href="/art/2024/1/${k}/art_${i}_${k}.html" target="_blank">示例县关于做好第${k}项工作的通知</a><span class="date">2024-01-${String((k % 28) + 1).padStart(2, '0')}</span></li>`,
  ).join('');
  const script = `<script type="text/javascript">var cfg${i} = ${JSON.stringify({ site: 'example', col: i, items: Array.from({ length: 40 }, (_, k) => ({ id: k, t: `栏目${k}` })) })};function f${i}(a){for(var k=0;k<a.length;k++){if(a[k]<0){return "<td>"+a[k]+"</td>";}}}</script>`;
  return `<div class="menu-wrap"><ul class="navbar">${links}</ul></div><div class="sidebar"><h3>相关信息</h3><ul>${related}</ul></div>${script}<div class="footer-links"><a href="/">网站地图</a> | <a href="/">联系我们</a> | 主办：示例县人民政府办公室 备案号：示ICP备00000000号</div>`;
}

/** The gauntlet's portal page with chrome added before and after the article until it is about `target` bytes. */
export function portalPage(page, target) {
  let before = '';
  let after = '';
  for (let i = 0; Buffer.byteLength(page + before + after) < target; i++) {
    if (i % 2 === 0) before += chromeBlock(i);
    else after += chromeBlock(i);
  }
  return page.replace(/<body([^>]*)>/, (m) => `${m}${before}`).replace('</body>', `${after}</body>`);
}

/** Table 四 as seven runs of values between header words (plain pdftotext), values that fit many orders. */
export function adversarialTable4(text) {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const to = lines.findIndex((l) => l.startsWith('五、'));
  const values = [1, 1, 1, 1, 4, 1, 1, 1, 1, 4, 1, 1, 1, 1, 4].map(String);
  const runs = [
    values.slice(0, 2),
    values.slice(2, 4),
    values.slice(4, 6),
    values.slice(6, 8),
    values.slice(8, 10),
    values.slice(10, 12),
    values.slice(12),
  ];
  const words = ['结果', '维持', '纠正', '其他', '尚未', '审结', '总计'];
  const body = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'];
  runs.forEach((r, i) => body.push(words[i], words[(i + 3) % 7], ...r));
  lines.splice(from, to - from, ...body);
  return lines.join('\n');
}

/** Every row of table 三 glued into its label and one digit run (a crawler that dropped the cell separators). */
export function gluedTable3(text) {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
  const to = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  for (let i = from; i < to; i++) {
    const cells = lines[i]
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const values = cells.filter((c) => /^\d+$/.test(c));
    if (values.length >= 3) lines[i] = `${cells.filter((c) => !/^\d+$/.test(c)).join('')}${values.join('')}`;
  }
  return lines.join('\n');
}
