import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SectionKey } from '../template/sections.js';
import type { TemplateVersion } from '../template/version.js';
import type { SourceLocation } from './location.js';
import type { ReportTables } from './tables.js';

/** Metadata of a report. Fields the source does not give are `null`. */
export interface ReportMeta {
  /** The report title as printed (spaces removed), e.g. `洪泽区人民政府2023年政府信息公开工作年度报告`. */
  title: string | null;
  /** The reporting agency as the document names it (from the title, else from the preamble). */
  agency: string | null;
  /** The year reported on. */
  year: number | null;
  /** Publication date, ISO `YYYY-MM-DD` (page metadata, or the date line under the title / signature). */
  publishDate: string | null;
  /** 索引号 from the page's metadata block. */
  indexNumber: string | null;
  /** 文号, when the page gives one. */
  documentNumber: string | null;
  /** 发布机构 from the page's metadata block. */
  publisher: string | null;
  /** Statistics period (`统计期限`). */
  period: ReportPeriod | null;
  /**
   * Where title, agency, year and publication date were found (parsed reports; absent in reports
   * built with `createReport`). A field inferred from weak evidence also has a `metadata-inferred`
   * diagnostic.
   */
  sources?: MetaSources;
}

/**
 * Kinds of evidence for a metadata field, strongest first: a page or crawler header (`标题: …`,
 * `发布日期: …`), the HTML head (`<title>`, `ArticleTitle`, `PubDate`, the first `<h1>`), the report's
 * own title line, a 本报告/本年度报告 sentence (or the statistics period, for the year), the
 * signature block at the end, other sentences of the body, and the contact sentence last.
 */
export type MetaEvidence = 'page-header' | 'html-head' | 'title-line' | 'report-sentence' | 'period' | 'signature' | 'body' | 'contact';

/** Where one metadata field was found. */
export interface MetaSource {
  /** The kind of evidence. */
  evidence: MetaEvidence;
  /** Where in the input (absent for the HTML head, which is not part of the text). */
  location?: SourceLocation;
}

/** Where each metadata field was found; fields not found are absent. */
export interface MetaSources {
  /** Source of `title`. */
  title?: MetaSource;
  /** Source of `agency`. */
  agency?: MetaSource;
  /** Source of `year`. */
  year?: MetaSource;
  /** Source of `publishDate`. */
  publishDate?: MetaSource;
}

/** A statistics period, ISO dates. */
export interface ReportPeriod {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
}

/** One section of the report outline. */
export interface Section {
  /** The template section this is, or `null` for a heading outside the template (`三、下一步工作计划`). */
  key: SectionKey | null;
  /** The numeral as printed (`一`, `四`), or `null` when extraction lost it (`、主动公开…`). */
  number: string | null;
  /** The list marker as printed (`一、`, `(四)`, `、`). */
  marker: string;
  /** 1 for `一、` headings, 2 for a template section printed as a sub-item (`(四)主动公开政府信息情况` under 一). */
  level: 1 | 2;
  /** The heading line as printed (normalised: simplified characters, half-width punctuation). */
  heading: string;
  /** The heading without its marker. */
  title: string;
  /** The section's text up to the next section, tables excluded (normalised). */
  text: string;
  /** Where the heading is in the input. */
  location: SourceLocation;
  /** The whole section in the input, heading to the start of the next section. */
  span: SourceLocation;
}

/** Template version of each table, decided per table from the source; `null` when the table was not found. */
export interface TemplateVersions {
  /** Version of table 二 (the two versions differ a lot here). */
  table2: TemplateVersion | null;
  /** Version of table 三 (2019: one （六）其他处理 row; 2021: three). */
  table3: TemplateVersion | null;
}

/** Input formats `parseReport` reads. */
export type InputFormat = 'text' | 'markdown' | 'html';

/** Where a report was read from: a string format, or a Word or PDF file (their own entries). */
export type SourceFormat = InputFormat | 'docx' | 'pdf';

/** A parsed annual report. Plain JSON data: serialisable as is. */
export interface Report {
  /** Template versions of the tables. */
  templateVersions: TemplateVersions;
  /** Title, agency, year, dates. */
  meta: ReportMeta;
  /** The outline: template sections and other top-level headings, in source order. */
  sections: Section[];
  /** The three statistical tables. */
  tables: ReportTables;
  /** About the input. */
  source: {
    /** Format the input was read as. */
    format: SourceFormat;
    /** Length of the input in UTF-16 code units. */
    length: number;
    /** Whether traditional characters were converted to simplified. */
    convertedToSimplified: boolean;
  };
}

/** What `parseReport` returns: the best report it could build, and everything it noticed. */
export interface ParseResult {
  /** The report, or `null` when the input is no report of the current templates (see the diagnostics). */
  report: Report | null;
  /** Diagnostics in the order they were found. */
  diagnostics: Diagnostic[];
}
