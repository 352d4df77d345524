/**
 * The same report as HTML in the styles real sites produce, made from our own renderer's output:
 * plain, Word-exported (mso styles, <o:p>, conditional comments, uppercase markup), malformed
 * (no closing tags), nested in a layout table with page chrome around it.
 */
export type HtmlStyle = 'plain' | 'word' | 'malformed' | 'layout';

export const HTML_STYLES: readonly HtmlStyle[] = ['plain', 'word', 'malformed', 'layout'];

/** Rewrites our renderer's HTML into a style. */
export function styleHtml(html: string, style: HtmlStyle): string {
  switch (style) {
    case 'plain':
      return html;
    case 'word':
      return html
        .replace('<head>', '<head><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->')
        .replace(/<td([^>]*)>([^<]*)<\/td>/g, (_m, attrs: string, text: string) => {
          const inner =
            text === '' ? '<o:p>&nbsp;</o:p>' : `<span style="font-family:仿宋_GB2312;mso-bidi-font-family:宋体">${text}<o:p></o:p></span>`;
          return `<TD${attrs.toUpperCase().replace(/"/g, '')} STYLE="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt"><P CLASS=MsoNormal ALIGN=center>${inner}</P></TD>`;
        })
        .replace(/<tr>/g, '<TR STYLE="mso-yfti-irow:1">')
        .replace(/<\/tr>/g, '</TR>')
        .replace(/<table border="1">/g, '<TABLE CLASS=MsoNormalTable BORDER=1 CELLSPACING=0 CELLPADDING=0>')
        .replace(/<\/table>/g, '</TABLE>')
        .replace(/<p>/g, '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0"><span lang="EN-US">')
        .replace(/<\/p>/g, '<o:p></o:p></span></p>');
    case 'malformed': {
      // Implied end tags everywhere, no tbody, and the last table never closed.
      const last = html.lastIndexOf('</table>');
      const cut = last === -1 ? html : html.slice(0, last) + html.slice(last + '</table>'.length);
      return cut
        .replace(/<\/td>/g, '')
        .replace(/<\/tr>/g, '')
        .replace(/<tbody>\n?/g, '')
        .replace(/<\/tbody>\n?/g, '');
    }
    case 'layout':
      return html.replace(
        /<body>([\s\S]*)<\/body>/,
        (_m, body: string) =>
          '<body><div class="topbar">无障碍 | 关怀版 | 简体 | 繁体</div><nav class="nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> 123 456</nav>' +
          '<script>var x = "<table><tr><td>1</td></tr></table>";</script>' +
          `<table width="100%"><tr><td class="sidebar">栏目导航</td><td class="content">${body}</td></tr></table>` +
          '<div class="footer">主办单位：示例县人民政府办公室 电话：0000-1234567</div></body>',
      );
  }
}

/* ------------------------------------------------------------------ gauntlet page styles */

/**
 * Whole report pages as real sites publish them (used by the converter gauntlet,
 * scripts/gauntlet/): `plain` our renderer's markup; `word` a Word "save as web page" export
 * (mso classes, `<o:p>`, runs split over spans, `&nbsp;` in empty cells); `cms` a CMS editor's
 * article (inline styles, a paragraph in every cell, numbers padded with `&nbsp;`); `vertical` the
 * CMS article with header words written one character per paragraph (narrow header cells);
 * `portal` and `portal-word` the article inside a whole portal page (navigation, breadcrumbs,
 * article info, scripts, share bar, related links, footer).
 */
export type GauntletHtmlStyle = 'plain' | 'word' | 'cms' | 'vertical' | 'portal' | 'portal-word';

/** Every gauntlet page style. */
export const GAUNTLET_HTML_STYLES: readonly GauntletHtmlStyle[] = ['plain', 'word', 'cms', 'vertical', 'portal', 'portal-word'];

/** Header words that narrow header cells print one character per line. */
const VERTICAL_HEADERS = [
  '自然人',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
];

function bodyOf(html: string): { head: string; title: string; body: string } {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return { head: `<meta charset="utf-8"><title>${title}</title>`, title, body };
}

/** A Word "save as web page" export of the article body. */
function wordBody(body: string): string {
  return body
    .replace(
      /<h1>([^<]*)<\/h1>/g,
      "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>$1<span lang=EN-US><o:p></o:p></span></span></b></p>",
    )
    .replace(
      /<h2>([^<]*)<\/h2>/g,
      "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-size:16.0pt;font-family:黑体'>$1<span lang=EN-US><o:p></o:p></span></span></p>",
    )
    .replace(/<p>([^<]*)<\/p>/g, (_m, text: string) => {
      // Word splits a paragraph into runs where the formatting history changed.
      const cut = Math.min(text.length, 6 + (text.length % 7));
      return `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${text.slice(0, cut)}</span><span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-bidi-font-family:宋体'>${text.slice(cut)}<span lang=EN-US><o:p></o:p></span></span></p>`;
    })
    .replace(
      /<table border="1">\n?<tbody>/g,
      "<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600 style='width:450.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>",
    )
    .replace(/<\/tbody>\n?<\/table>/g, '</table></div>')
    .replace(/<tr>/g, "<tr style='mso-yfti-irow:1;height:20.0pt'>")
    .replace(/<td([^>]*)>([^<]*)<\/td>/g, (_m, attrs: string, text: string) => {
      const span = attrs.replace(/"/g, '');
      const inner =
        text === ''
          ? "<span lang=EN-US style='font-size:10.5pt'><o:p>&nbsp;</o:p></span>"
          : /^-?[\d.]+$/.test(text)
            ? `<span lang=EN-US style='font-size:10.5pt;font-family:"Times New Roman",serif'>${text}<o:p></o:p></span>`
            : `<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:"Times New Roman"'>${text}</span><span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span>`;
      return `<td${span} valign=middle style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>${inner}</p></td>`;
    });
}

/** A CMS editor's article body. */
function cmsBody(body: string, vertical: boolean): string {
  let out = body
    .replace(/<h1>([^<]*)<\/h1>/g, '<p style="text-align:center;"><strong><span style="font-size:24px;">$1</span></strong></p>')
    .replace(/<h2>([^<]*)<\/h2>/g, '<p style="text-indent:2em;"><strong>$1</strong></p>')
    .replace(/<p>([^<]*)<\/p>/g, '<p style="text-indent:2em;line-height:2;"><span style="font-family:仿宋;font-size:16px;">$1</span></p>')
    .replace(
      /<table border="1">/g,
      '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;" class="ke-zeroborder">',
    )
    .replace(/<td([^>]*)>([^<]*)<\/td>/g, (_m, attrs: string, text: string) => {
      if (text === '') return `<td${attrs} style="border:1px solid #000000;">&nbsp;</td>`;
      if (/^-?[\d.]+$/.test(text))
        return `<td${attrs} style="border:1px solid #000000;" valign="middle" align="center"><p style="text-align:center;"><span style="font-size:14px;">&nbsp;${text}&nbsp;</span></p></td>`;
      return `<td${attrs} style="border:1px solid #000000;" valign="middle"><p style="text-align:center;"><span style="font-size:14px;">${text}</span></p></td>`;
    });
  if (vertical) {
    for (const w of VERTICAL_HEADERS) {
      out = out.replace(
        new RegExp(`(<td[^>]*>)<p style="text-align:center;"><span style="font-size:14px;">${w}</span></p></td>`, 'g'),
        (_m, open: string) => `${open}${[...w].map((ch) => `<p style="text-align:center;">${ch}</p>`).join('')}</td>`,
      );
    }
  }
  return `<div class="TRS_Editor"><div class="Custom_UnionStyle">${out}</div></div>`;
}

/** A whole portal page around an article. */
function portalPage(title: string, article: string, seed: number): string {
  const views = 1000 + ((seed * 7919) % 90000);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="示例县人民政府">
<meta name="ArticleTitle" content="${title}">
<meta name="PubDate" content="2024-01-${String((seed % 28) + 1).padStart(2, '0')} 09:30">
<title>${title}_示例县人民政府</title>
<link rel="stylesheet" href="/css/common.css">
<style>.hide{display:none}.nav li{display:inline-block;margin:0 12px}.share span{margin:0 4px}</style>
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; var pageConfig = { id: ${seed}, cells: "<td>1</td><td>2</td>", total: 12345 };</script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>欢迎访问示例县人民政府网站！</span><span class="right"><a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">简体</a> | <a href="#">繁體</a> | <a href="#">English</a></span></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="示例县人民政府"></div><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwdt">政务动态</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zmhd">政民互动</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/zjxq">走进示例</a></li></ul>
<div class="hide">热线电话 12345</div>
<div class="main">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/ndbg">政府信息公开年度报告</a></div>
<div class="side"><h3>信息公开</h3><ul><li><a href="#">信息公开指南</a></li><li><a href="#">信息公开制度</a></li><li><a href="#">法定主动公开内容</a></li><li><a href="#">信息公开年报</a></li></ul></div>
<div class="article">
<table class="xxgk" width="100%"><tr><td>索引号：</td><td>11340000${String(seed).padStart(6, '0')}/2024-0${(seed % 9) + 1}</td><td>发布机构：</td><td>示例县人民政府办公室</td></tr><tr><td>公开方式：</td><td>主动公开</td><td>发布日期：</td><td>2024-01-${String((seed % 28) + 1).padStart(2, '0')}</td></tr></table>
<div class="info">来源：示例县人民政府办公室　浏览次数：<span id="views">${views}</span>　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
${article}
<div class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span>　【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="#">示例县人民政府2022年政府信息公开工作年度报告</a> 2023-01-20</li><li><a href="#">示例县人民政府2021年政府信息公开工作年度报告</a> 2022-01-18</li></ul></div>
</div>
<div class="footer"><p>主办单位：示例县人民政府办公室　承办单位：示例县数据资源管理局</p><p>网站标识码：3400000${String(seed).padStart(3, '0')}　备案号：示ICP备00000000号-1　公安备案号：00000000000000</p><p>联系电话：0000-1234567　地址：示例县人民路1号</p></div>
<script>document.getElementById('views').innerText = ${views};</script>
</body>
</html>
`;
}

/** Rewrites a whole report page (from the gauntlet's generator) into a page style. */
export function styleGauntletHtml(html: string, style: GauntletHtmlStyle, seed = 1): string {
  const { head, title, body } = bodyOf(html);
  switch (style) {
    case 'plain':
      return html;
    case 'word':
      return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>${head}<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]--><style><!-- p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;} @page WordSection1 {size:595.3pt 841.9pt;} div.WordSection1 {page:WordSection1;} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'><div class=WordSection1>${wordBody(body)}</div></body></html>
`;
    case 'cms':
    case 'vertical':
      return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>${head}</head>\n<body>\n${cmsBody(body, style === 'vertical')}\n</body>\n</html>\n`;
    case 'portal':
      return portalPage(title, cmsBody(body, seed % 2 === 0), seed);
    case 'portal-word':
      return portalPage(title, `<div class="view TRS_UEDITOR">${wordBody(body)}</div>`, seed);
  }
}
