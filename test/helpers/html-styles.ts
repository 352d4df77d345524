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
          const inner = text === '' ? '<o:p>&nbsp;</o:p>' : `<span style="font-family:仿宋_GB2312;mso-bidi-font-family:宋体">${text}<o:p></o:p></span>`;
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
      return cut.replace(/<\/td>/g, '').replace(/<\/tr>/g, '').replace(/<tbody>\n?/g, '').replace(/<\/tbody>\n?/g, '');
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
