/**
 * Browser stand-in for `node:module`, used only by the library's PDF entry to find pdfjs-dist's
 * folder (`require.resolve('pdfjs-dist/package.json')`): it answers with the `pdfjs/` folder the
 * playground build ships, so `cmaps/` resolves to the character maps copied there.
 */
export function createRequire(_from: string): { resolve(id: string): string } {
  return {
    resolve(id: string): string {
      if (id !== 'pdfjs-dist/package.json') throw new Error(`node:module shim: cannot resolve ${id} in the browser`);
      return new URL('pdfjs/package.json', document.baseURI).href;
    },
  };
}
