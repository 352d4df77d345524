// pdfjs-dist is an optional peer dependency loaded at run time; its legacy build is typed loosely here.
declare module 'pdfjs-dist/legacy/build/pdf.mjs' {
  const lib: unknown;
  export = lib;
}
